"""User accounts: login throttling, password rules, and the user lifecycle for the Admin Pemda."""

"""Running sakip for a Pemda: backup and restore, logs, start-up checks, deployment checks."""

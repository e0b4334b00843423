"""Checks on the stored narrative: spelling, repeated sentences, superseded regulations."""

"""Running an installation: backup and restore, and core's nightly work."""

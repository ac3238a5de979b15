"""The probe keeps no tables of its own; it records into core settings."""

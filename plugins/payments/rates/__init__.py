"""Rate tables (Satztabellen): their values with their rules, rate files in TOML and the
shipped presets, the preview of an import, and the periods stored in the database."""

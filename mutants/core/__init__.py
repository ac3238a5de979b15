"""Tagwerk core: persons, contracts, calendars, the plugin kernel and the web shell."""

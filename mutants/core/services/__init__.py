"""Core domain logic: plain functions over a session, no web, no templates."""

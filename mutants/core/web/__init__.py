"""The web shell: app factory, routing with permissions, rendering, CSRF."""

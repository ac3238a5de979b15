"""The plugin kernel: module declarations and discovery, the hook specifications, an
installation with its migrations and enabled modules, and the typed contributions (menu
items, permissions, tabs, portal sections, payment lines) that hooks return. The settings
machinery it builds on is a ground module (`core.settings`)."""

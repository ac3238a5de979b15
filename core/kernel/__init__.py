"""The plugin kernel: module declarations and discovery, the hook specifications, an
installation with its migrations and enabled modules, the settings machinery, and the typed
contributions (menu items, permissions, tabs, portal sections) that hooks return."""

"""The `tagwerk` command line: the main group, the shared installation, the commands that
keep running (server, worker) and the settings from the shell."""

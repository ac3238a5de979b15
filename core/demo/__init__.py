"""A fictional agency to try Tagwerk with: its shape, districts, letterhead, people and
logins, written in bulk."""

"""Files handed in: uploads checked by content and kept under random names, the virus
check, and the one decision on what a childminder submits."""

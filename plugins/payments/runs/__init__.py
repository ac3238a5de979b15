"""The monthly run: a month's cases loaded in set queries, each childminder's payment
calculated as pure arithmetic with its working, and the run's way from draft through review
to finalised, with corrections and background work."""

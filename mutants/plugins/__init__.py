"""Business modules shipped with Tagwerk; each is enabled per installation."""

"""E-mail: the transactional outbox and the mail server on the wire."""

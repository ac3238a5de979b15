"""Letters both ways (by e-mail or as a PDF to print) and notices by e-mail: delivery, the
agency's letterhead, its own words per kind of letter, its logo, and PDFs drawn from the
shared templates."""

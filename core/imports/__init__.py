"""Moving in: an agency's spreadsheets read into Tagwerk.

`reading` opens a CSV or XLSX file as tables of text cells, streamed and guarded against
hostile files; `values` reads the cells' dates and numbers as offices write them; `sheets`
names what each kind of sheet holds and guesses which column is which; `rows` turns one
row into persons and contracts through the same services the office's forms use; `run`
checks a whole file (the preview) and imports it all or nothing."""

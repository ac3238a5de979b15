# language: de
Funktionalität: Qualifizierung nach dem QHB – von der Bewerbung bis zum Zertifikat
  Wer Kindertagespflegeperson werden will, besucht Teil 1 des QHB (160 UE, 80 Stunden Praktika,
  Selbstlernzeit, Lernergebnisfeststellung). Danach kann die Pflegeerlaubnis erteilt werden;
  Teil 2 (140 UE) folgt tätigkeitsbegleitend innerhalb von zwei Jahren. Die Fachberatung führt
  Kurse, Anwesenheit und Nachweise in Tagwerk und stellt die Zertifikate aus.

  Hintergrund:
    Angenommen das Modul Qualifizierung ist aktiv mit den mitgelieferten Curricula
    Und die Fachberatung ist angemeldet

  Szenario: Von der Bewerbung über Teil 1, Pflegeerlaubnis und Teil 2 zum Zertifikat
    Angenommen der Kurs "Grundkurs 2025" nach "qhb1" vom 11.01.2025 bis 28.06.2025 für 6 bis 12 Personen
    Und der Kurs "Grundkurs 2025" hat Termine zu höchstens 8 UE für alle Themenblöcke ab dem 11.01.2025
    Wenn die Fachberatung die Bewerberin "Aylin Demir" anlegt und zum Kurs "Grundkurs 2025" anmeldet
    Dann meldet Tagwerk "Aylin Demir ist angemeldet."
    Wenn die Fachberatung im Kurs "Grundkurs 2025" für "Aylin Demir" alle Termine als anwesend abhakt
    Dann hat "Aylin Demir" in "QHB Teil 1" 160 von 160 UE
    Und fehlen "Aylin Demir" für "QHB Teil 1" noch "40 Std. Praktikum Kita; 40 Std. Praktikum Kindertagespflege; 100 Std. Selbstlernzeit; bestandene Lernergebnisfeststellung"
    Wenn die Fachberatung die Pflegeerlaubnis für "Aylin Demir" zum 01.07.2025 einträgt
    Dann lautet die Fehlermeldung "Eine Pflegeerlaubnis ist erst nach abgeschlossenem Teil 1 der Qualifizierung (oder einer gleichwertigen) möglich."
    Wenn die Fachberatung für "Aylin Demir" "Praktikum in einer Kita (Stunden)" über 40 Stunden zu "qhb1" mit Nachweis "Kita Sonnenschein" einträgt
    Und die Fachberatung für "Aylin Demir" "Praktikum in der Kindertagespflege (Stunden)" über 40 Stunden zu "qhb1" mit Nachweis "Tagespflege Kamp" einträgt
    Und die Fachberatung für "Aylin Demir" "Selbstlernzeit (Stunden)" über 100 Stunden zu "qhb1" mit Nachweis "Lerntagebuch" einträgt
    Und die Fachberatung für "Aylin Demir" die Lernergebnisfeststellung zu "qhb1" am 28.06.2025 als bestanden einträgt
    Und die Fachberatung "QHB Teil 1" für "Aylin Demir" abschließt
    Dann meldet Tagwerk "QHB Teil 1 – tätigkeitsvorbereitende Grundqualifizierung abgeschlossen, Zertifikat QHB1-2025-0001."
    Und nennt das Zertifikat von "Aylin Demir" "QHB Teil 1", "abgeschlossen" und "Bildung, Entwicklung und Bindung in den ersten Lebensjahren 40 40"
    Wenn die Fachberatung die Pflegeerlaubnis für "Aylin Demir" zum 01.07.2025 einträgt
    Dann meldet Tagwerk "Pflegeerlaubnis eingetragen, gültig bis 01.07.2030."
    Und ist "Aylin Demir" jetzt Kindertagespflegeperson
    Und muss "Aylin Demir" Teil 2 bis zum 01.07.2027 abschließen
    Angenommen der Kurs "Aufbaukurs 2025/26" nach "qhb2" vom 06.09.2025 bis 27.06.2026 für 6 bis 12 Personen
    Und der Kurs "Aufbaukurs 2025/26" hat Termine zu höchstens 10 UE für alle Themenblöcke ab dem 06.09.2025
    Wenn die Fachberatung "Aylin Demir" zum Kurs "Aufbaukurs 2025/26" anmeldet
    Und die Fachberatung im Kurs "Aufbaukurs 2025/26" für "Aylin Demir" alle Termine als anwesend abhakt
    Und die Fachberatung für "Aylin Demir" "Selbstlernzeit (Stunden)" über 40 Stunden zu "qhb2" mit Nachweis "Lerntagebuch" einträgt
    Und die Fachberatung für "Aylin Demir" die Lernergebnisfeststellung zu "qhb2" am 27.06.2026 als bestanden einträgt
    Und die Fachberatung "QHB Teil 2" für "Aylin Demir" abschließt
    Dann meldet Tagwerk "Zertifikat QHB2-2026-0001."
    Und hat "Aylin Demir" am 01.07.2026 die Stufe "300 UE"
    Und steht für "Aylin Demir" keine Frist zu Teil 2 mehr an

  Szenario: Ein voller Kurs führt auf die Warteliste; wer abspringt, macht Platz
    Angenommen der Kurs "Grundkurs 2026" nach "qhb1" vom 10.01.2026 bis 27.06.2026 für 1 bis 2 Personen
    Wenn die Fachberatung die Bewerberin "Julia Brandt" anlegt und zum Kurs "Grundkurs 2026" anmeldet
    Und die Fachberatung die Bewerberin "Natascha Wolf" anlegt und zum Kurs "Grundkurs 2026" anmeldet
    Und die Fachberatung die Bewerberin "Sabine Kühn" anlegt und zum Kurs "Grundkurs 2026" anmeldet
    Dann meldet Tagwerk "Der Kurs ist voll: Sabine Kühn steht auf der Warteliste (Platz 1)."
    Wenn die Fachberatung "Julia Brandt" vom Kurs "Grundkurs 2026" abmeldet
    Dann meldet Tagwerk "Julia Brandt ist abgemeldet. Sabine Kühn rückt von der Warteliste nach."
    Und nehmen am Kurs "Grundkurs 2026" "Natascha Wolf, Sabine Kühn" teil

  Szenario: Fehleingaben werden klar benannt und ändern nichts
    Angenommen der Kurs "Grundkurs 2026" nach "qhb1" vom 10.01.2026 bis 27.06.2026 für 1 bis 12 Personen
    Und der Kurs "Grundkurs 2026" hat 1 Termine zu je 8 UE ab dem 10.01.2026
    Wenn die Fachberatung zum Kurs "Grundkurs 2026" einen Termin am 04.07.2026 mit 8 UE anlegt
    Dann lautet die Fehlermeldung "Datum: liegt außerhalb des Kurses (10.01.2026 bis 27.06.2026)."
    Wenn die Fachberatung zum Kurs "Grundkurs 2026" einen Termin am 17.01.2026 mit 10 UE von 09:00 bis 15:30 anlegt
    Dann lautet die Fehlermeldung "UE: 10 UE brauchen 450 Minuten, der Termin dauert 390."
    Wenn die Fachberatung die Bewerberin "Julia Brandt" anlegt und zum Kurs "Grundkurs 2026" anmeldet
    Und die Fachberatung für "Julia Brandt" am 10.01.2026 teilweise Anwesenheit mit 9 UE einträgt
    Dann lautet die Fehlermeldung "Julia Brandt: höchstens 8 UE – so lang war der Termin."
    Und hat der Kurs "Grundkurs 2026" 1 Termine und keine Anwesenheit

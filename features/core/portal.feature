# language: de
Funktionalität: Portal für Tagespflegepersonen
  Tagespflegepersonen melden Krankheit und Urlaub selbst, statt anzurufen, und sehen, ob
  die Vertretung ihrer Kinder steht. Das Büro lädt sie ein; im Portal sieht jede nur sich
  selbst und die Kinder in ihrer Betreuung.

  Hintergrund:
    Angenommen die Tagespflegeperson "Jana Wolf" mit der E-Mail-Adresse "jana@example.org" betreut "Mia Wolf"
    Und die Fachberatung ist angemeldet

  Szenario: Eingeladen, Passwort festgelegt, angemeldet
    Wenn die Fachberatung "Jana Wolf" zum Portal einlädt
    Dann geht an "jana@example.org" die E-Mail "Ihr Zugang zum Portal von Kindertagespflege" mit einem Link
    Wenn "Jana Wolf" mit dem Link ihr Passwort festlegt und sich anmeldet
    Dann zeigt ihre Startseite "Mia Wolf"

  Szenario: Die Krankmeldung wird zur Abwesenheit wie vom Büro eingetragen
    Angenommen "Jana Wolf" ist im Portal angemeldet
    Und Meldungen aus dem Portal gehen an "buero@example.org"
    Wenn "Jana Wolf" sich für heute krank meldet
    Dann hat "Jana Wolf" heute die kurzfristige Abwesenheit "Krankheit"
    Und geht an "buero@example.org" die E-Mail "Krankheit gemeldet: Jana Wolf"

  Szenario: Die Abwesenheit einer anderen bleibt verborgen
    Angenommen "Jana Wolf" ist im Portal angemeldet
    Und die Tagespflegeperson "Petra Sommer" mit Pflegeerlaubnis für 5 Kinder
    Und "Petra Sommer" hat Urlaub vom 01.03.2027 bis 05.03.2027
    Wenn "Jana Wolf" die Abwesenheit von "Petra Sommer" aufruft
    Dann antwortet das Portal "Diese Abwesenheit gibt es nicht."

  Szenario: Eine begonnene Abwesenheit ändert nur das Büro
    Angenommen "Jana Wolf" ist im Portal angemeldet
    Und "Jana Wolf" hat Urlaub vom 01.12.2026 bis 31.12.2026
    Wenn "Jana Wolf" diese Abwesenheit zurücknehmen will
    Dann antwortet das Portal "Eine begonnene oder vergangene Abwesenheit kann nur das Büro ändern."

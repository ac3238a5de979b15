# language: de
Funktionalität: Lebenslage – eine Krankmeldung und ihre Rücknahme
  Eine Tagespflegeperson meldet sich im Portal krank, das Büro plant die Vertretung und
  schreibt den Eltern. Am Abend geht es ihr besser, und sie nimmt die Meldung zurück. Dann
  erfahren es alle, die es betrifft, jeder auf seinem Weg: das Büro, die Mutter per E-Mail
  mit einer Kalenderdatei, die die Termine austrägt, der Vater per Brief, der Stützpunkt,
  dessen Platz wieder frei ist.

  Hintergrund:
    Angenommen "Jana Wolf" betreut "Mia Brockmann", deren Mutter E-Mail liest und deren Vater Post bekommt
    Und "Mia Brockmann" ist im "Stützpunkt Nord" angemeldet, dort arbeitet "Hanna Nord"

  Szenario: Krank gemeldet, Vertretung bestätigt, zurückgenommen
    Wenn "Jana Wolf" sich im Portal für zwei Tage krank meldet
    Dann bekommt das Büro eine E-Mail "Krankheit gemeldet: Jana Wolf"
    Wenn das Büro "Mia" am ersten Tag im Stützpunkt unterbringt und den Eltern schreibt
    Dann liest "Jana Wolf" "Mia: Vertretung an 1 von 2 Tagen"
    Wenn "Jana Wolf" die Krankmeldung im Portal zurücknimmt
    Dann bekommt das Büro eine E-Mail "Krankheit zurückgenommen: Jana Wolf"
    Und bekommt die Mutter eine Kalenderdatei, die beide Tage austrägt
    Und liegt für den Vater ein Brief "Vertretung für Mia entfällt" zum Drucken bereit
    Und liest "Hanna Nord" "Mia kommt an diesen Tagen nicht zu Stützpunkt Nord"
    Und hat der Stützpunkt keinen Platz mehr belegt

  Szenario: Gemeldet und zurückgenommen, bevor das Büro den Eltern schrieb
    Wenn "Jana Wolf" sich im Portal für zwei Tage krank meldet
    Und "Jana Wolf" die Krankmeldung im Portal zurücknimmt
    Dann bekommt das Büro eine E-Mail "Krankheit zurückgenommen: Jana Wolf"
    Und bekommen die Eltern nichts

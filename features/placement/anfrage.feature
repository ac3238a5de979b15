# language: de
Funktionalität: Familien fragen einen Platz an
  Eltern melden ihren Bedarf im Netz an, ohne Konto, und behalten mit einem persönlichen
  Status-Code den Überblick. Doppelte Anmeldungen fallen dem Büro auf.

  Hintergrund:
    Angenommen das Modul Vermittlung ist eingeschaltet

  Szenario: Eine Familie meldet ihren Bedarf über das Formular an
    Wenn Jana Brockmann für "Mia Brockmann", geboren am 10.01.2026, ab 01.08.2027 montags und mittwochs von 08:00 bis 13:00 einen Platz anfragt
    Dann bekommt sie einen Status-Code
    Und steht "Mia Brockmann" auf der Warteliste mit "§ 24 Abs. 2 SGB VIII: Rechtsanspruch"
    Und mit dem Status-Code sieht sie "eingegangen"

  Szenario: Dasselbe Kind zweimal angemeldet
    Angenommen die Anfrage für "Mia Brockmann", geboren am 10.01.2026
    Und die Anfrage für "Mia Brokmann", geboren am 10.01.2026
    Und die Fachberatung ist angemeldet
    Wenn die Fachberatung die erste Anfrage öffnet
    Dann sieht sie "Vielleicht doppelt angemeldet" mit "ähnlicher Name (Mia Brockmann / Mia Brokmann), gleiches Geburtsdatum"
    Wenn sie die zweite Anfrage in die erste zusammenführt
    Dann steht nur noch eine Anfrage auf der Warteliste

  Szenario: Ein Fremder meldet dasselbe Kind mit eigener Adresse an
    Angenommen die Anfrage für "Mats Oersted", geboren am 10.01.2026, von Karin Oersted <karin.oersted@example.org>
    Und die Anfrage für "Mats Ørsted", geboren am 10.01.2026, von Jens Ørsted <jens@example.net>
    Und die Fachberatung ist angemeldet
    Wenn die Fachberatung die erste Anfrage öffnet
    Dann sieht sie "Vielleicht doppelt angemeldet" mit "gleiches Geburtsdatum"
    Wenn sie die zweite Anfrage in die erste zusammenführen will
    Dann sieht sie "Die Kontaktangaben unterscheiden sich" mit "jens@example.net"
    Wenn sie die zweite Anfrage in die erste zusammenführt
    Dann steht nur noch eine Anfrage auf der Warteliste
    Und steht in der ersten Anfrage auch "jens@example.net"

# language: de
Funktionalität: Wahl der Elternvertretung – Wählerschaft, Codes, Stimmen, Quorum, Protokoll
  Eltern von Kindern in Kindertagespflege wählen jedes Jahr ihre Vertretung (NRW: bis zum
  10. Oktober). Jede Stimme hat einen Code im Wahlbrief; gewählt wird online ohne Anmeldung
  oder per Brief. Wer wie gewählt hat, lässt sich nicht feststellen.

  Hintergrund:
    Angenommen das Modul Elternbeirat ist aktiv
    Und "Jana Wolf" betreut "Mia Brockmann" und "Emil Brockmann", Kinder von "Sara Brockmann"
    Und "Olga Esser" betreut "Lina Kaya", Kind von "Aylin Kaya"
    Und "Olga Esser" betreut "Ben Roth", Kind von "Nina Roth"
    Und die Fachberatung ist angemeldet

  Szenario: Eine vollständige Wahl mit Online- und Briefwahl
    Wenn die Fachberatung eine Wahl ab heute mit 1 Elternvertretung, 1 Stellvertretung, Quorum 50 % und einer Stimme je Kind anlegt
    Und "Sara Brockmann", "Aylin Kaya" und "Nina Roth" kandidieren
    Und die Fachberatung den Wahlschlüssel erzeugt und der Wahlausschuss ihn notiert
    Und die Fachberatung die Codes erzeugt und die Wahlbriefe druckt
    Dann enthält das PDF 4 Briefe mit je einem eigenen Code
    Wenn mit dem Code für "Mia" online "Aylin Kaya" gewählt wird
    Dann sagt die Seite "Danke für Ihre Stimme!"
    Wenn mit dem Code für "Mia" online "Nina Roth" gewählt wird
    Dann sagt die Seite "Code: Mit diesem Code wurde schon gewählt."
    Wenn der Stimmzettel mit dem Code für "Lina" per Briefwahl für "Aylin Kaya" und "Sara Brockmann" gezählt wird
    Und die Fachberatung die Wahl ohne Begründung vor ihrem Ende auszählen will
    Dann sagt die Seite "Begründung: Die Wahl läuft bis"
    Und ist noch nichts ausgezählt
    Wenn die Fachberatung mit einem falschen Wahlschlüssel auszählen will
    Dann sagt die Seite "Wahlschlüssel: Dieser Schlüssel passt nicht zu dieser Wahl."
    Und ist noch nichts ausgezählt
    Wenn die Fachberatung die Wahl in der Elternversammlung auszählt
    Dann beträgt die Wahlbeteiligung 50,0 % und das Quorum ist erreicht
    Und ist "Aylin Kaya" mit 2 Stimmen als Elternvertretung gewählt
    Und ist "Sara Brockmann" mit 1 Stimme als Stellvertretung gewählt
    Und nennt das Wahlprotokoll "Wahlbeteiligung 50,0 %", "Aylin Kaya 2 gewählt (Elternvertretung)" und "Sara Brockmann 1 gewählt (Stellvertretung)"
    Und nennt das Wahlprotokoll "davon Briefwahl 1", "davon online 1" und "Begründung: Auszählung in der Elternversammlung"
    Und lässt sich keine Stimme einer wählenden Person zuordnen
    Und ist die abgeschlossene Wahl unveränderlich
    Wenn die Fachberatung den Elternbeirat bildet
    Dann gehören "Aylin Kaya" als Elternvertretung und "Sara Brockmann" als Stellvertretung dazu

  Szenario: Jede Familie bekommt ihren Code auf genau einem Weg
    Angenommen "Sara Brockmann" möchte Post per E-Mail an "sara@example.org"
    Und ein Mailserver ist eingerichtet
    Wenn die Fachberatung eine Wahl ab heute mit 1 Elternvertretung, 1 Stellvertretung, Quorum 0 % und einer Stimme je Kind anlegt
    Und "Aylin Kaya" kandidiert
    Und die Fachberatung die Codes erzeugt und die Wahlbriefe druckt
    Dann enthält das PDF 2 Briefe mit je einem eigenen Code
    Und erhält "sara@example.org" 2 E-Mails mit je einem Code, der in keinem Brief steht
    Und ist nach dem Versand kein Code mehr in Tagwerk gespeichert
    Wenn mit dem Code für "Mia" online "Aylin Kaya" gewählt wird
    Dann sagt die Seite "Danke für Ihre Stimme!"

  Szenario: Ohne Quorum ist niemand gewählt
    Wenn die Fachberatung eine Wahl ab heute mit 1 Elternvertretung, 1 Stellvertretung, Quorum 50 % und einer Stimme je Kind anlegt
    Und "Aylin Kaya" kandidiert
    Und die Fachberatung die Codes erzeugt und die Wahlbriefe druckt
    Und mit dem Code für "Ben" online "Aylin Kaya" gewählt wird
    Und die Fachberatung die Wahl in der Elternversammlung auszählt
    Dann beträgt die Wahlbeteiligung 25,0 % und das Quorum ist nicht erreicht
    Und ist niemand gewählt

  Szenario: Eine Stimme je Familie: Geschwister bei derselben Tagespflegeperson teilen einen Code
    Wenn die Fachberatung eine Wahl ab heute mit 1 Elternvertretung, 1 Stellvertretung, Quorum 0 % und einer Stimme je Familie anlegt
    Und "Aylin Kaya" kandidiert
    Und die Fachberatung die Codes erzeugt und die Wahlbriefe druckt
    Dann enthält das PDF 3 Briefe mit je einem eigenen Code
    Und steht in einem Brief "Emil, Mia (bei Jana Wolf)"

  Szenario: Stimmengleichheit an der Grenze entscheidet das Los
    Wenn die Fachberatung eine Wahl ab heute mit 1 Elternvertretung, 0 Stellvertretung, Quorum 0 % und einer Stimme je Kind anlegt
    Und "Aylin Kaya" und "Nina Roth" kandidieren
    Und die Fachberatung die Codes erzeugt und die Wahlbriefe druckt
    Und mit dem Code für "Mia" online "Aylin Kaya" gewählt wird
    Und mit dem Code für "Ben" online "Nina Roth" gewählt wird
    Und die Fachberatung die Wahl in der Elternversammlung auszählt
    Dann ist genau eine von beiden gewählt und das Protokoll nennt "Stimmengleichheit (1 Stimmen) zwischen Aylin Kaya, Nina Roth"

  Szenario: Falsche, abgelaufene und manipulierte Eingaben zählen nichts
    Wenn die Fachberatung eine Wahl ab heute mit 1 Elternvertretung, 1 Stellvertretung, Quorum 0 % und einer Stimme je Kind anlegt
    Und "Aylin Kaya" kandidiert
    Und die Fachberatung die Codes erzeugt und die Wahlbriefe druckt
    Und jemand einen erfundenen Code eingibt
    Dann sagt die Seite "Code: Diesen Code gibt es nicht."
    Wenn mit dem Code für "Mia" ein Stimmzettel mit einer erfundenen Kandidatur abgegeben wird
    Dann sagt die Seite "Der Stimmzettel enthält eine Auswahl, die es nicht gibt."
    Und ist noch kein Stimmzettel gezählt
    Wenn jemand 10 erfundene Codes hintereinander ausprobiert
    Dann sagt die Seite "Zu viele ungültige Codes von diesem Gerät."
    Und wird auch der richtige Code für "Ben" von diesem Gerät vorerst abgewiesen
    Aber auf einem anderen Gerät im selben WLAN wird mit dem Code für "Ben" gewählt

  Szenario: Tippfehler sperren niemanden im WLAN der Kita
    Wenn die Fachberatung eine Wahl ab heute mit 1 Elternvertretung, 1 Stellvertretung, Quorum 0 % und einer Stimme je Kind anlegt
    Und "Aylin Kaya" kandidiert
    Und die Fachberatung die Codes erzeugt und die Wahlbriefe druckt
    Und der Code für "Mia" 12-mal mit einem falschen Zeichen eingegeben wird
    Dann sagt die Seite "Code: Hier stimmt ein Zeichen nicht."
    Wenn mit dem Code für "Mia" online "Aylin Kaya" gewählt wird
    Dann sagt die Seite "Danke für Ihre Stimme!"

  Szenario: Vor dem Wahlzeitraum wird nicht gewählt
    Wenn die Fachberatung eine Wahl mit 1 Elternvertretung anlegt, die erst morgen beginnt
    Und "Aylin Kaya" kandidiert
    Und die Fachberatung die Codes erzeugt und die Wahlbriefe druckt
    Und mit dem Code für "Mia" online "Aylin Kaya" gewählt wird
    Dann sagt die Seite "Code: Gewählt werden kann vom"

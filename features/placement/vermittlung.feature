# language: de
Funktionalität: Vom Vorschlag zum Vertragsentwurf
  Die Fachberatung sieht zu einer Anfrage die passenden Tagespflegepersonen mit Gründen und
  die unpassenden mit dem Grund, warum nicht. Sie bietet einen Platz an; nimmt die Familie
  an, entsteht ein Vertragsentwurf bei der Tagespflegeperson.

  Hintergrund:
    Angenommen das Modul Vermittlung ist eingeschaltet
    Und die Tagespflegeperson "Jana Wolf" mit 2 Plätzen, davon 1 belegt
    Und die Tagespflegeperson "Vera Voll" mit 1 Platz, davon 1 belegt
    Und die Tagespflegeperson "Tom Berg", die Kinder ab 24 Monaten nimmt
    Und die Anfrage für "Mia Brockmann", geboren am 10.01.2026
    Und die Fachberatung ist angemeldet

  Szenario: Vorschläge mit Gründen
    Wenn die Fachberatung die Vorschläge für "Mia Brockmann" öffnet
    Dann wird "Jana Wolf" vorgeschlagen
    Und passt "Vera Voll" nicht: "Montag voll"
    Und passt "Tom Berg" nicht: "nimmt Kinder ab 24 Monaten"

  Szenario: Die Familie nimmt das Angebot an
    Wenn die Fachberatung "Mia Brockmann" einen Platz bei "Jana Wolf" anbietet
    Und die Familie das Angebot annimmt
    Dann steht bei "Jana Wolf" ein Vertragsentwurf für "Mia Brockmann"
    Und die Anfrage ist "angenommen"

  Szenario: Die Familie lehnt ab und wartet weiter
    Wenn die Fachberatung "Mia Brockmann" einen Platz bei "Jana Wolf" anbietet
    Und die Familie das Angebot ablehnt
    Dann die Anfrage ist "in Vermittlung"
    Und "Jana Wolf" hat wieder einen freien Platz am Montag

  Szenario: Ein Freihalteplatz nur für dringende Fälle
    Angenommen "Jana Wolf" hält ihren freien Platz für dringende Fälle frei
    Wenn die Fachberatung die Vorschläge für "Mia Brockmann" öffnet
    Dann passt "Jana Wolf" nicht: "Montag voll"
    Wenn die Anfrage für "Mia Brockmann" dringend ist
    Und die Fachberatung die Vorschläge für "Mia Brockmann" öffnet
    Dann wird "Jana Wolf" vorgeschlagen mit "Freihalteplatz"

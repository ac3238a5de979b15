# language: de
Funktionalität: Betreuungsverträge im Rahmen der Pflegeerlaubnis
  Die Fachberatung erfasst, welches Kind wann bei welcher Tagespflegeperson betreut wird.
  Die Pflegeerlaubnis begrenzt, wie viele Kinder gleichzeitig da sind – an jedem Wochentag.

  Hintergrund:
    Angenommen die Tagespflegeperson "Jana Wolf" mit Pflegeerlaubnis für 3 Kinder
    Und die Fachberatung ist angemeldet

  Szenario: Ein Vertrag innerhalb der Pflegeerlaubnis wird gespeichert
    Angenommen "Jana Wolf" betreut 2 Kinder von Montag bis Freitag
    Wenn die Fachberatung für "Mia Brockmann" bei "Jana Wolf" ab 01.12.2026 einen Vertrag über 8 Stunden von Montag bis Freitag anlegt
    Dann meldet Tagwerk "Vertrag gespeichert."
    Und bei "Mia Brockmann" steht ein Vertrag über 40 Wochenstunden

  Szenario: Ein voller Wochentag verhindert den Vertrag und nennt Tag und Zahl
    Angenommen "Jana Wolf" betreut 3 Kinder von Montag bis Mittwoch
    Wenn die Fachberatung für "Mia Brockmann" bei "Jana Wolf" ab 01.12.2026 einen Vertrag über 5 Stunden von Mittwoch bis Freitag anlegt
    Dann lautet die Fehlermeldung "Mittwoch: Jana Wolf hätte 4 Kinder gleichzeitig; die Pflegeerlaubnis erlaubt höchstens 3."
    Und es sind weiterhin 3 Verträge gespeichert

  Szenario: Nur freie Tage belegt
    Angenommen "Jana Wolf" betreut 3 Kinder von Montag bis Mittwoch
    Wenn die Fachberatung für "Mia Brockmann" bei "Jana Wolf" ab 01.12.2026 einen Vertrag über 5 Stunden von Donnerstag bis Freitag anlegt
    Dann meldet Tagwerk "Vertrag gespeichert."
    Und es sind weiterhin 4 Verträge gespeichert

  Szenario: Ein zweiter Vertrag für dasselbe Kind im selben Zeitraum
    Angenommen "Mia Brockmann" hat bei "Jana Wolf" einen Vertrag ab 01.08.2026
    Wenn die Fachberatung für "Mia Brockmann" bei "Jana Wolf" ab 01.12.2026 einen Vertrag über 8 Stunden von Montag bis Freitag anlegt
    Dann lautet die Fehlermeldung "Zeitraum: Für dieses Kind besteht bei Jana Wolf schon ein Vertrag (01.08.2026 – unbefristet)."

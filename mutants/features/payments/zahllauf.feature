# language: de
Funktionalität: Monatlicher Zahllauf – Entwurf, Prüfung, Abschluss, Korrektur
  Die Finanzabteilung berechnet den Monat als Entwurf, prüft Abweichungen und Probleme und
  schließt ihn ab. Ein abgeschlossener Lauf ändert sich nie; spätere Änderungen werden als
  Korrekturlauf mit nur den Abweichungen gezahlt. Nichts wird doppelt gezahlt.

  Hintergrund:
    Angenommen das Modul Geldleistung ist aktiv mit der Satztabelle "beispiel"
    Und "Anna Adler" betreut "Mia" (geboren am 01.03.2025) seit 01.01.2026 an 5 Tagen je 8 Stunden
    Und die Finanzabteilung ist angemeldet

  Szenario: Den Monat prüfen und abschließen
    Wenn die Finanzabteilung den Zahllauf für 2026-11 berechnet
    Dann zeigt der Lauf "Monatslauf 11/2026" für "Anna Adler" 1.056,52 €
    Wenn sie den Lauf abschließt
    Dann ist der Lauf abgeschlossen

  Szenario: Dieselben Daten ergeben denselben Entwurf
    Wenn die Finanzabteilung den Zahllauf für 2026-11 berechnet
    Und die Finanzabteilung den Zahllauf für 2026-11 berechnet
    Dann gibt es 1 Zahllauf mit zusammen 1.056,52 €

  Szenario: Eine fehlende IBAN blockiert das Abschließen
    Angenommen "Berta Bach" betreut "Tom" (geboren am 01.03.2025) seit 01.01.2026 an 5 Tagen je 8 Stunden
    Und für "Berta Bach" ist keine IBAN hinterlegt
    Wenn die Finanzabteilung den Zahllauf für 2026-11 berechnet
    Dann nennt der Lauf das Problem "IBAN fehlt – keine Überweisung möglich." bei "Berta Bach"
    Wenn sie den Lauf abschließt
    Dann wird das Abschließen abgelehnt: "Abschließen nicht möglich: 1 offene(s) Problem(e)."

  Szenario: Eine nachgewiesene Qualifizierung wird als Korrektur nachgezahlt
    Wenn die Finanzabteilung den Zahllauf für 2026-11 berechnet
    Und sie den Lauf abschließt
    Und "Anna Adler" 300 UE Qualifizierung nachweist
    Und die Finanzabteilung den Zahllauf für 2026-11 berechnet
    Dann zeigt der Lauf "Korrekturlauf 11/2026" für "Anna Adler" 173,20 €
    Und zahlt der abgeschlossene Monatslauf weiterhin 1.056,52 €

  Szenario: Ohne Änderung zahlt ein erneuter Lauf nichts doppelt
    Wenn die Finanzabteilung den Zahllauf für 2026-11 berechnet
    Und sie den Lauf abschließt
    Und die Finanzabteilung den Zahllauf für 2026-11 berechnet
    Dann zeigt der Korrekturlauf keine Bescheide und 0,00 €

# language: de
Funktionalität: Dortmund – Vertretungsstützpunkt für geplante Abwesenheiten
  Dortmund betreibt einen Vertretungsstützpunkt mit 9 Plätzen, in dem sich die Kinder vorher
  eingewöhnen. Er übernimmt nur geplante Abwesenheiten wie Urlaub und Fortbildung; bei
  Krankheit springt eine Kooperationsgruppe ein. Wird die Abwesenheit abgesagt, ist der
  Platz sofort wieder frei.

  Hintergrund:
    Angenommen der Vertretungsstützpunkt "Stützpunkt Dortmund" mit 9 Plätzen für geplanten Urlaub und Fortbildung
    Und die Kooperationsgruppe "Gruppe Hörde" mit 2 freien Plätzen, auch bei Krankheit
    Und "Jana Wolf" betreut "Mia" (geboren am 05.01.2025), deren Familie Vertretung wünscht
    Und "Mia" ist bei "Stützpunkt Dortmund" und "Gruppe Hörde" angemeldet
    Und "Mia" war 2-mal zum Kennenlernen bei "Stützpunkt Dortmund"
    Und die Fachberatung ist angemeldet

  Szenario: Geplanter Urlaub – das eingewöhnte Kind kommt in den Stützpunkt
    Wenn die Fachberatung für "Jana Wolf" Urlaub vom 07.12.2026 bis 08.12.2026 einträgt
    Und die Fachberatung den Vorschlag für den 07.12.2026 bis 11.12.2026 übernimmt
    Dann ist "Mia" am 07.12.2026 bei "Stützpunkt Dortmund" untergebracht
    Und ist "Mia" am 08.12.2026 bei "Stützpunkt Dortmund" untergebracht
    Und lautet die Begründung für "Mia" "Stützpunkt Dortmund (eingewöhnt)"

  Szenario: Krankheit – der Stützpunkt nimmt sie nicht, die Kooperationsgruppe springt ein
    Wenn die Fachberatung für "Jana Wolf" Krankheit vom 07.12.2026 bis 07.12.2026 kurzfristig einträgt
    Und die Fachberatung den Vorschlag für den 07.12.2026 bis 11.12.2026 übernimmt
    Dann ist "Mia" am 07.12.2026 bei "Gruppe Hörde" untergebracht

  Szenario: Ein abgesagter Urlaub gibt die Plätze frei
    Wenn die Fachberatung für "Jana Wolf" Urlaub vom 07.12.2026 bis 08.12.2026 einträgt
    Und die Fachberatung den Vorschlag für den 07.12.2026 bis 11.12.2026 übernimmt
    Und die Fachberatung den Urlaub von "Jana Wolf" löscht
    Dann sind bei "Stützpunkt Dortmund" am 07.12.2026 noch 9 von 9 Plätzen frei

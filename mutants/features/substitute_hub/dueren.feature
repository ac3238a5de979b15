# language: de
Funktionalität: Düren – Stützpunkt in einer Großtagespflege, auch bei Krankheit
  In Kreuzau (Kreis Düren) betreuen zwei angestellte Tagespflegepersonen bis zu 9 Kinder als
  Vertretung, auch bei Krankheit. Sind mehr Kinder betroffen als Plätze frei sind, bleibt
  niemand stillschweigend ohne Platz: Tagwerk sagt, wer und warum.

  Hintergrund:
    Angenommen der Vertretungsstützpunkt "Stützpunkt Kreuzau" mit 9 Plätzen, auch bei Krankheit
    Und im "Stützpunkt Kreuzau" arbeiten die angestellten Tagespflegepersonen "Anna Esch" und "Birgit Roß"
    Und "Petra Kamp" betreut 5 Kinder, deren Familien Vertretung wünschen und die in "Stützpunkt Kreuzau" angemeldet sind
    Und "Olga Esser" betreut 5 Kinder, deren Familien Vertretung wünschen und die in "Stützpunkt Kreuzau" angemeldet sind
    Und die Fachberatung ist angemeldet

  Szenario: Zwei Tagespflegepersonen krank – neun Plätze, zehn Kinder
    Wenn die Fachberatung für "Petra Kamp" Krankheit vom 07.12.2026 bis 07.12.2026 kurzfristig einträgt
    Und die Fachberatung für "Olga Esser" Krankheit vom 07.12.2026 bis 07.12.2026 kurzfristig einträgt
    Und die Fachberatung den Vorschlag für den 07.12.2026 bis 07.12.2026 berechnet
    Dann schlägt Tagwerk 9 von 10 Bedarfen vor
    Und steht bei einem Kind "Alle passenden Plätze sind vergeben: Stützpunkt Kreuzau."
    Wenn die Fachberatung den Vorschlag für den 07.12.2026 bis 07.12.2026 übernimmt
    Dann sind bei "Stützpunkt Kreuzau" am 07.12.2026 noch 0 von 9 Plätzen frei
    Und kann die Fachberatung das zehnte Kind dort nicht mehr unterbringen

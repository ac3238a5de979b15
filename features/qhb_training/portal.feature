# language: de
Funktionalität: Qualifizierung im Portal
  Tagespflegepersonen melden sich selbst zu Kursen an und ab und reichen Bescheinigungen
  ein, statt Anmeldebögen und Kopien zu schicken. Die Koordination erkennt Bescheinigungen
  an; daraus wird der Nachweis, den sie sonst selbst eingetragen hätte.

  Hintergrund:
    Angenommen die Tagespflegeperson "Jana Wolf" hat einen Zugang zum Portal
    Und die Fachberatung ist angemeldet
    Und der Kurs "Grundkurs Frühjahr" für QHB Teil 1 beginnt in 30 Tagen mit 1 Platz

  Szenario: Der Kurs ist voll, die Warteliste rückt nach
    Angenommen die Tagespflegeperson "Petra Sommer" hat einen Zugang zum Portal
    Wenn "Jana Wolf" sich im Portal zum Kurs "Grundkurs Frühjahr" anmeldet
    Und "Petra Sommer" sich im Portal zum Kurs "Grundkurs Frühjahr" anmeldet
    Dann ist "Petra Sommer" beim Kurs "Grundkurs Frühjahr" "auf der Warteliste"
    Wenn "Jana Wolf" sich im Portal vom Kurs "Grundkurs Frühjahr" abmeldet
    Dann ist "Petra Sommer" beim Kurs "Grundkurs Frühjahr" "angemeldet"

  Szenario: Eine Erste-Hilfe-Bescheinigung aus dem Portal wird anerkannt
    Wenn "Jana Wolf" im Portal die Bescheinigung "Erste Hilfe am Kind" vom 02.11.2026 einreicht
    Und die Fachberatung die Bescheinigung anerkennt
    Dann hat "Jana Wolf" den Nachweis "Erste Hilfe am Kind" gültig bis 02.11.2028

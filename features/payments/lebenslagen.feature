# language: de
Funktionalität: Lebenslagen – die Erlaubnis endet, ein Nachweis wird ersetzt
  Die Geldleistung folgt dem, was sich anderswo ändert: Endet die Pflegeerlaubnis mitten im
  Monat, wird bis dahin bezahlt und der Lauf wartet auf eine Entscheidung; ersetzt ein neuer
  Versicherungsnachweis den alten, wird je Tag nur einer erstattet, und sie erfährt es.

  Hintergrund:
    Angenommen das Modul Geldleistung ist aktiv mit der Satztabelle "beispiel"
    Und "Jana Wolf" betreut "Lina" (geboren am 10.05.2024) seit 01.01.2026 an 5 Tagen je 8 Stunden
    Und "Jana Wolf" liest E-Mail unter "jana@example.org"

  Szenario: Die Pflegeerlaubnis endet mitten im Monat
    Angenommen die Pflegeerlaubnis von "Jana Wolf" gilt bis 15.03.2027
    Dann zahlt der März 2027 "Jana Wolf" für "Lina" "Förderleistung" für "15/31 Tage"
    Und nennt der März 2027 für "Jana Wolf" das Problem "Pflegeerlaubnis endete am 15.03.2027"
    Und zahlt der April 2027 "Jana Wolf" für "Lina" nichts

  Szenario: Ein neuer Versicherungsnachweis ersetzt den alten
    Angenommen "Jana Wolf" hat einen anerkannten Nachweis "accident" über 13,41 € im Monat ab 01.01.2026
    Wenn "Jana Wolf" einen Nachweis "accident" über 14,20 € im Monat ab 01.12.2026 einreicht und die Finanzabteilung ihn anerkennt
    Dann gilt ihr Beitrag über 13,41 € bis 30.11.2026
    Und liest "Jana Wolf" "wir haben anerkannt, was Sie im Portal eingereicht haben"
    Und erstattet der Dezember 2026 "Jana Wolf" "Erstattung Unfallversicherung" einmal mit 14,20 € als Beitrag

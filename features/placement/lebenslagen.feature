# language: de
Funktionalität: Lebenslagen – vom Platzangebot bis zum ersten Bescheid, und weiter in die Kita
  Was in der Vermittlung beginnt, endet in der Geldleistung: Nimmt eine Familie einen Platz
  an, entsteht ein Vertragsentwurf, der endet, wo das Kind in die Kita wechselt; bezahlt
  wird er ab der Unterschrift. Die Tagespflegeperson erfährt jeden Schritt auf ihrem Weg.

  Hintergrund:
    Angenommen das Modul Geldleistung ist aktiv mit der Satztabelle "beispiel"
    Und "Jana Wolf" betreut "Lina" (geboren am 10.05.2024) seit 01.01.2026 an 5 Tagen je 8 Stunden
    Und "Jana Wolf" liest E-Mail unter "jana@example.org"

  Szenario: Die Familie nimmt an, der Vertrag wird unterschrieben, der erste Bescheid zahlt
    Wenn eine Familie für "Emil" (geboren am 01.03.2025) ab 01.02.2027 montags von 8 bis 13 Uhr anfragt
    Und das Büro ihr den Platz bei "Jana Wolf" anbietet und die Familie annimmt
    Dann liest "Jana Wolf" "die Familie hat Ihren Platz ab 01.02.2027 für Emil angenommen"
    Und endet der Vertragsentwurf für "Emil" am 31.07.2028
    Und zahlt der Februar 2027 "Jana Wolf" für "Emil" nichts
    Wenn das Büro den Vertrag für "Emil" unterschreibt
    Dann liest "Jana Wolf" "der Betreuungsvertrag für Emil ist unterschrieben"
    Und zahlt der Februar 2027 "Jana Wolf" für "Emil" "Förderleistung"
    Und zahlt der Februar 2027 "Jana Wolf" für "Emil" "Eingewöhnung"

  Szenario: Ein Kind wird drei und wechselt im August in die Kita
    Wenn das Büro den Vertrag für "Lina" zum 31.07.2027 beendet
    Dann liest "Jana Wolf" "der Betreuungsvertrag für Lina ist geändert: 01.01.2026 bis 31.07.2027"
    Und zahlt der Juli 2027 "Jana Wolf" für "Lina" "Förderleistung"
    Und zahlt der August 2027 "Jana Wolf" für "Lina" nichts

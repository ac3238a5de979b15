# language: de
Funktionalität: Satzdateien mit Rundungsregel und Stundenbändern, streng gelesen
  Eine Satztabelle sagt selbst, wie gerundet wird: aus ungerundeten Stunden je Betrag einmal
  (so rechnen die Ämter ihre veröffentlichten Beispiele) oder erst die Stunden, dann den
  Betrag. Manche Jugendämter zahlen je Band gebuchter Wochenstunden einen Monatsbetrag. Ein
  Tippfehler in der Datei wird mit Zeitraum, Schlüssel und Vorschlag abgelehnt, statt still
  einen Standardwert zu nehmen.

  Szenariogrundriss: 32 Stunden × 52 Wochen × 3,90 € ÷ 12 Monate – je nach Rundungsregel
    Angenommen eine Satztabelle mit 3,90 € je Stunde, Monatsfaktor "52/12" und Rundungsregel "<regel>"
    Und "C." (geboren am 25.02.2007) wird seit 01.07.2009 an 5 Tagen je 6,4 Stunden betreut
    Wenn Tagwerk den September 2009 abrechnet
    Dann erhält sie für "C." "Laufende Geldleistung" 138,67 Std. × 3,90 € = <betrag> €

    Beispiele:
      | regel       | betrag |
      | amount_once | 540,80 |
      | hours_first | 540,81 |

  Szenario: Düsseldorf zahlt je Band der Wochenstunden einen Monatsbetrag
    Angenommen die Satztabelle "duesseldorf-2015"
    Und die Tagespflegeperson hat 160 UE Qualifizierung
    Und "Mia" (geboren am 01.06.2013) wird seit 01.01.2015 an 5 Tagen je 3,6 Stunden betreut
    Wenn Tagwerk den März 2015 abrechnet
    Dann erhält sie für "Mia" "Förderleistung (bis 20 Wstd., Stufe 2)" 1 Monat × 250,00 € = 250,00 €
    Und erhält sie für "Mia" "Sachkosten (bis 20 Wstd.)" 1 Monat × 150,00 € = 150,00 €
    Und beträgt die Summe 400,00 €

  Szenario: Wer weniger als das unterste Band bucht, bekommt eine Meldung statt einer Zahlung
    Angenommen die Satztabelle "duesseldorf-2015"
    Und "Mia" (geboren am 01.06.2013) wird seit 01.01.2015 an 5 Tagen je 0,8 Stunden betreut
    Wenn Tagwerk den März 2015 abrechnet
    Dann meldet die Abrechnung "Keine Stundenstufe für 4 Std./Woche ab 01.03.2015 (Mia)."

  Szenario: Ein Tippfehler in der Satzdatei nennt Datei, Zeitraum, Schlüssel und Vorschlag
    Angenommen die Satzdatei "kreis.toml" ist die Vorlage "beispiel" mit "continues_in_absense" statt "continues_in_absence"
    Wenn die Satzdatei geprüft wird
    Dann lautet die Meldung "kreis.toml, Zeitraum 1, components Nr. 2: unbekannter Schlüssel 'continues_in_absense' in components – gemeint ist wohl 'continues_in_absence'."

  Szenario: Die Reihenfolge der Altersgruppen in der Datei ändert nichts
    Angenommen die Satztabelle "beispiel" mit umgekehrter Reihenfolge der Altersgruppen
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) wird seit 01.01.2026 an 5 Tagen je 8 Stunden betreut
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Mia" "Förderleistung (unter 3 Jahre, ab 300 UE)" 173,20 Std. × 5,45 € = 943,94 €

  Szenario: Stufen in falscher Reihenfolge werden abgelehnt statt still umsortiert
    Angenommen die Satzdatei "kreis.toml" ist die Vorlage "beispiel" mit "min_ue = 300" statt "min_ue = 160"
    Wenn die Satzdatei geprüft wird
    Dann lautet die Meldung "kreis.toml, Zeitraum 1: levels: 'ue300' steht nach 'ue160', ist aber nicht schwerer zu erreichen – Stufen bitte von der niedrigsten zur höchsten angeben."

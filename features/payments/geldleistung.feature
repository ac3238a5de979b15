# language: de
Funktionalität: Laufende Geldleistung nach § 23 SGB VIII
  Die Finanzabteilung zahlt jeder Tagespflegeperson monatlich die Förderleistung und den
  Sachaufwand je gebuchter Stunde und Kind, erstattet nachgewiesene Versicherungsbeiträge und
  zeigt auf jeder Zeile Menge × Satz = Betrag. Monatsstunden sind Wochenstunden mal
  Monatsfaktor; jede Zeile wird kaufmännisch auf den Cent gerundet, die Summe ist die Summe
  der gerundeten Zeilen.

  Szenariogrundriss: Stuttgart 2012 – der Satz richtet sich nach Alter und Qualifizierung
    Angenommen die Satztabelle "stuttgart-2012"
    Und die Tagespflegeperson hat <ue> UE Qualifizierung
    Und "Mia" (geboren am <geburt>) wird seit 01.01.2026 an 5 Tagen je 6 Stunden betreut
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Mia" "Laufende Geldleistung" 130,00 Std. × <satz> € = <betrag> €

    Beispiele:
      | ue | geburt     | satz | betrag |
      | 70 | 01.01.2025 | 5,50 | 715,00 |
      | 0  | 01.01.2025 | 4,90 | 637,00 |
      | 70 | 01.01.2022 | 4,50 | 585,00 |
      | 69 | 01.01.2022 | 4,20 | 546,00 |

  Szenario: Stuttgart 2012 nennt keinen Satz für Schulkinder – der Monat bleibt offen
    Angenommen die Satztabelle "stuttgart-2012"
    Und die Tagespflegeperson hat 70 UE Qualifizierung
    Und "Lina" (geboren am 01.01.2019) wird seit 01.01.2026 an 5 Tagen je 4 Stunden betreut
    Wenn Tagwerk den November 2026 abrechnet
    Dann meldet die Abrechnung "Kein Satz für Laufende Geldleistung (Förderleistung und Sachaufwand) (ab 6 Jahre, ab 70 UE) ab 01.11.2026 (Lina)."

  Szenario: Willich zahlt 5,81 € je Kind und Stunde
    Angenommen die Satztabelle "willich-2023"
    Und "Mia" (geboren am 01.01.2023) wird seit 01.01.2023 an 5 Tagen je 5 Stunden betreut
    Wenn Tagwerk den März 2024 abrechnet
    Dann erhält sie für "Mia" "Laufende Geldleistung" 108,33 Std. × 5,81 € = 629,42 €

  Szenario: Förderleistung und Sachaufwand stehen getrennt, Monatsstunden = Wochenstunden × 4,33
    Angenommen die Satztabelle "beispiel"
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) wird seit 01.01.2026 an 5 Tagen je 8 Stunden betreut
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Mia" "Förderleistung (unter 3 Jahre, ab 300 UE)" 173,20 Std. × 5,45 € = 943,94 €
    Und erhält sie für "Mia" "Sachaufwand" 173,20 Std. × 1,65 € = 285,78 €
    Und beträgt die Summe 1.229,72 €

  Szenario: Ein Vertrag ab Monatsmitte wird nach Kalendertagen anteilig gezahlt
    Angenommen die Satztabelle "beispiel"
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) wird seit 16.11.2026 an 5 Tagen je 8 Stunden betreut
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Mia" "Förderleistung" 86,60 Std. × 5,45 € = 471,97 €

  Szenario: Der dritte Geburtstag teilt den Monat
    Angenommen die Satztabelle "beispiel"
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Ben" (geboren am 16.11.2023) wird seit 01.01.2026 an 5 Tagen je 8 Stunden betreut
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Ben" "Förderleistung (unter 3 Jahre" 86,60 Std. × 5,45 € = 471,97 €
    Und erhält sie für "Ben" "Förderleistung (ab 3 Jahre" 86,60 Std. × 5,15 € = 445,99 €

  Szenariogrundriss: Die Satzänderung zum 1. August gilt ab August
    Angenommen die Satztabelle "beispiel"
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) wird seit 01.01.2026 an 5 Tagen je 8 Stunden betreut
    Wenn Tagwerk den <monat> 2026 abrechnet
    Dann erhält sie für "Mia" "Förderleistung" 173,20 Std. × <satz> € = <betrag> €

    Beispiele:
      | monat  | satz | betrag |
      | Juli   | 5,30 | 917,96 |
      | August | 5,45 | 943,94 |

  Szenario: Eine Satzänderung mitten im Monat teilt den Monat nach Tagen
    Angenommen die Satztabelle "beispiel" mit der Satzänderung zum 15.11.2026 statt zum 01.08.2026
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) wird seit 01.01.2026 an 5 Tagen je 8 Stunden betreut
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Mia" "Förderleistung" 80,83 Std. × 5,30 € = 428,38 €
    Und erhält sie für "Mia" "Förderleistung" 92,37 Std. × 5,45 € = 503,43 €

  Szenario: Erhöhter Förderbedarf verdoppelt die Förderleistung, nicht den Sachaufwand
    Angenommen die Satztabelle "beispiel"
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) mit erhöhtem Förderbedarf wird seit 01.01.2026 an 5 Tagen je 8 Stunden betreut
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Mia" "Förderleistung (unter 3 Jahre, ab 300 UE), erhöhter Förderbedarf × 2" 173,20 Std. × 10,90 € = 1.887,88 €
    Und erhält sie für "Mia" "Sachaufwand" 173,20 Std. × 1,65 € = 285,78 €

  Szenario: Ein neu aufgenommenes Kind bringt 20 Stunden Eingewöhnung
    Angenommen die Satztabelle "beispiel"
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Ben" (geboren am 10.05.2024) wird ab 02.11.2026 neu aufgenommen, an 5 Tagen je 8 Stunden
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Ben" "Eingewöhnung: Förderleistung" 20,00 Std. × 5,45 € = 109,00 €
    Und erhält sie für "Ben" "Eingewöhnung: Sachaufwand" 20,00 Std. × 1,65 € = 33,00 €

  Szenario: Über 30 Abwesenheitstage im Jahr hinaus ruht die Förderleistung, der Sachaufwand läuft weiter
    Angenommen die Satztabelle "beispiel"
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) wird seit 01.01.2026 an 5 Tagen je 8 Stunden betreut
    Und die Tagespflegeperson hatte Urlaub vom 03.08.2026 bis 04.09.2026
    Und die Tagespflegeperson war krank vom 02.11.2026 bis 13.11.2026
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Mia" "Förderleistung" 46,19 Std. × 5,45 € = 251,72 €
    Und erhält sie für "Mia" "Förderleistung" 98,15 Std. × 5,45 € = 534,90 €
    Und erhält sie für "Mia" "Sachaufwand" 28,87 Std. × 1,65 € = 47,63 €
    Und ruht die Förderleistung vom 09.11.2026 bis 13.11.2026

  Szenario: Versicherungsbeiträge: Unfall ganz, Alterssicherung und Krankenversicherung zur Hälfte
    Angenommen die Satztabelle "beispiel"
    Und "Mia" (geboren am 10.05.2024) wird seit 01.01.2026 an 5 Tagen je 8 Stunden betreut
    Und sie weist Unfallversicherung über 12,40 € monatlich seit 01.01.2026 nach
    Und sie weist Alterssicherung über 500,00 € monatlich seit 01.01.2026 nach
    Und sie weist Kranken- und Pflegeversicherung über 250,00 € monatlich seit 16.11.2026 nach
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie "Erstattung Unfallversicherung" 100,00 % × 12,40 € = 12,40 €
    Und erhält sie "Erstattung Alterssicherung" 50,00 % × 400,00 € = 200,00 €
    Und erhält sie "Erstattung Kranken- und Pflegeversicherung" 25,00 % × 250,00 € = 62,50 €

  Szenario: Betreut sie auch Kinder anderer Jugendämter, zahlt das Jugendamt nur seinen Anteil
    Angenommen die Satztabelle "beispiel"
    Und "Mia" (geboren am 10.05.2024) wird seit 01.01.2026 an 5 Tagen je 8 Stunden betreut
    Und sie betreut außerdem 10 Wochenstunden für andere Jugendämter
    Und sie weist Alterssicherung über 180,00 € monatlich seit 01.01.2026 nach
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie "Erstattung Alterssicherung" 40,00 % × 180,00 € = 72,00 €

  Szenario: Vertretungsstunden aus der Vertretungsplanung werden kaufmännisch gerundet
    Angenommen die Satztabelle "beispiel"
    Und die Vertretungsplanung meldet 12,5 Std. Vertretung für "Tom" zu 5,45 €
    Wenn Tagwerk den November 2026 abrechnet
    Dann erhält sie für "Tom" "Vertretung" 12,50 Std. × 5,45 € = 68,13 €
    Und beträgt die Summe 68,13 €

  Szenario: Der Bescheid zeigt seinen Rechenweg
    Angenommen die Satztabelle "beispiel"
    Und die Tagespflegeperson hat 300 UE Qualifizierung
    Und "Mia" (geboren am 10.05.2024) wird seit 01.01.2026 an 5 Tagen je 3 Stunden betreut
    Und "Ben" (geboren am 10.05.2024) wird ab 16.11.2026 neu aufgenommen, an 5 Tagen je 8 Stunden
    Und die Tagespflegeperson war krank vom 02.11.2026 bis 06.11.2026
    Wenn Tagwerk den November 2026 abrechnet
    Dann zeigt die Zeile "Förderleistung" für "Mia" den Rechenweg "15 Std./Woche × 4,33 = 64,95 Std."
    Und zeigt die Zeile "Förderleistung" für "Ben" den Rechenweg "40 Std./Woche × 4,33 × 15/30 Tage = 86,60 Std."
    Und zeigt die Zeile "Eingewöhnung: Förderleistung" für "Ben" den Rechenweg "einmal bei Aufnahme am 16.11.2026: 20 Std."
    Und beträgt die Zwischensumme für "Mia" 461,15 €
    Und nennt der Bescheid als Grundlage "Satztabelle Beispiel (fiktiv), gültig 01.08.2026 – offen; Quelle: Fiktive Werte für die Demo-Agentur, kein kommunaler Satz"
    Und nennt der Bescheid als Grundlage "Qualifizierungsstufe: ab 300 UE"
    Und nennt der Bescheid als Grundlage "Abwesenheiten: 5 von 30 bezahlten Betreuungstagen im Jahr genutzt, 25 übrig"

# language: de
Funktionalität: Versicherungsnachweise aus dem Portal
  Tagespflegepersonen reichen ihre Nachweise zur Unfall-, Alters-, Kranken- und
  Pflegeversicherung im Portal ein, statt sie per Post zu schicken. Die Finanzabteilung
  erkennt sie an – dann wird aus dem Beitrag erstattet – oder lehnt sie mit einem Grund ab,
  den die Tagespflegeperson liest.

  Hintergrund:
    Angenommen die Tagespflegeperson "Jana Wolf" hat einen Zugang zum Portal
    Und das Modul Geldleistung ist aktiv mit der Satztabelle "beispiel"
    Und die Finanzabteilung ist angemeldet

  Szenario: Ein anerkannter Nachweis wird zum Beitrag, aus dem erstattet wird
    Wenn "Jana Wolf" im Portal einen Nachweis "Alterssicherung" über 112,40 € im Monat ab 01.01.2027 einreicht
    Und die Finanzabteilung den Nachweis anerkennt
    Dann hat "Jana Wolf" den Beitrag "Alterssicherung" über 112,40 € ab 01.01.2027
    Und sieht "Jana Wolf" bei ihren Nachweisen "anerkannt"

  Szenario: Ein abgelehnter Nachweis nennt ihr den Grund
    Wenn "Jana Wolf" im Portal einen Nachweis "Alterssicherung" über 112,40 € im Monat ab 01.01.2027 einreicht
    Und die Finanzabteilung den Nachweis ablehnt mit "Der Bescheid nennt keinen Monatsbeitrag."
    Dann steht bei "Jana Wolf" unter Zu erledigen "Nachweis Alterssicherung abgelehnt: Der Bescheid nennt keinen Monatsbeitrag."
    Und hat "Jana Wolf" keinen Beitrag

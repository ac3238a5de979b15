# language: de
Funktionalität: Nachweise, die ablaufen – Erste Hilfe, Pflegeerlaubnis, Fortbildung
  Erste Hilfe am Kind ist alle zwei Jahre aufzufrischen; wer länger als zwei Jahre darüber
  liegt, braucht den vollständigen Kurs. Die nächtliche Prüfung `tagwerk qhb due` und die
  Fristenliste zeigen, wer in den nächsten 90 Tagen etwas nachweisen muss.

  Hintergrund:
    Angenommen das Modul Qualifizierung ist aktiv mit den mitgelieferten Curricula
    Und die Tagespflegeperson "Petra Kamp" mit Pflegeerlaubnis bis 31.12.2029
    Und die Fachberatung ist angemeldet

  Szenario: Erste Hilfe läuft ab – erst Auffrischung, nach mehr als zwei Jahren der vollständige Kurs
    Wenn die Fachberatung für "Petra Kamp" "Erste Hilfe am Kind" vom 15.01.2025 mit Nachweis "DRK" einträgt
    Dann meldet Tagwerk "Erste Hilfe am Kind eingetragen, gültig bis 15.01.2027."
    Wenn die nächtliche Prüfung am 01.12.2026 läuft
    Dann meldet die Prüfung für "Petra Kamp" "15.01.2027  fällig      Petra Kamp" mit "Erste Hilfe am Kind: läuft ab: Auffrischung buchen"
    Wenn die nächtliche Prüfung am 01.03.2027 läuft
    Dann meldet die Prüfung für "Petra Kamp" "15.01.2027  ÜBERFÄLLIG  Petra Kamp" mit "Erste Hilfe am Kind: abgelaufen: Auffrischung nötig"
    Und endet die Prüfung mit Status 1
    Wenn die nächtliche Prüfung am 01.03.2029 läuft
    Dann meldet die Prüfung für "Petra Kamp" "15.01.2027  ÜBERFÄLLIG  Petra Kamp" mit "seit mehr als 24 Monaten abgelaufen: vollständiger Kurs nötig"

  Szenario: Wer nichts nachgewiesen hat, steht auf der Fristenliste
    Wenn die Fachberatung die Fristenliste öffnet
    Dann steht dort "Petra Kamp" mit "Erste Hilfe am Kind" und "kein Nachweis"

  Szenario: Zur Verlängerung der Pflegeerlaubnis zählen die Fortbildungen der fünf Jahre
    Angenommen die Tagespflegeperson "Olga Esser" mit Pflegeerlaubnis bis 15.01.2027
    Wenn die Fachberatung für "Olga Esser" "Fortbildung bei einem anderen Träger (UE)" über 20 UE mit Titel "Kinderschutz" und Nachweis "FBS" am 10.03.2022 einträgt
    Und die Fachberatung für "Olga Esser" "Fortbildung bei einem anderen Träger (UE)" über 8 UE mit Titel "Sprache" und Nachweis "FBS" am 10.03.2021 einträgt
    Und die Fachberatung die Fristenliste öffnet
    Dann steht dort "Olga Esser" mit "Pflegeerlaubnis verlängern" und "Fortbildung seit 15.01.2022: 20 von 75 UE"

  Szenario: Die Geldleistung liest die Stufe aus der Qualifizierung
    Angenommen das Modul Geldleistung ist aktiv mit der Satztabelle "beispiel"
    Und "Jana Roth" betreut "Mia" (geboren am 01.03.2025) seit 01.01.2026 an 5 Tagen je 8 Stunden
    Und "Jana Roth" hat "DJI-Curriculum (160 UE)" am 01.06.2015 abgeschlossen
    Und die Finanzabteilung ist angemeldet
    Wenn die Finanzabteilung den Zahllauf für 2026-10 berechnet
    Dann zahlt der Lauf "Jana Roth" die Stufe "ab 160 UE"
    Angenommen "Jana Roth" hat "Anschlussqualifizierung 160+ (QHB Teil 2 für DJI-Absolvent*innen)" am 20.10.2026 abgeschlossen
    Wenn die Finanzabteilung den Zahllauf für 2026-11 berechnet
    Dann zahlt der Lauf "Jana Roth" die Stufe "ab 300 UE"

# language: de
Funktionalität: Kalender mit Feiertagen, Schließtagen und Abwesenheiten
  Wer Vertretung plant, muss sehen, wann eine Tagespflegeperson fehlt
  und welche Tage im Bundesland ohnehin frei sind.

  Hintergrund:
    Angenommen die Tagespflegeperson "Petra Kamp" mit Pflegeerlaubnis für 5 Kinder
    Und die Fachberatung ist angemeldet

  Szenario: Eine kurzfristige Krankmeldung erscheint im Monatskalender
    Wenn die Fachberatung für "Petra Kamp" Krankheit vom 23.11.2026 bis 25.11.2026 kurzfristig einträgt
    Dann zeigt der Kalender für November 2026 an 3 Tagen "Petra Kamp: Krankheit (kurzfristig)"
    Und der iCal-Export für "Petra Kamp" enthält 3 Termine "Petra Kamp: Krankheit (kurzfristig)"

  Szenario: Überschneidende Abwesenheiten werden abgelehnt
    Angenommen "Petra Kamp" hat Urlaub vom 03.08.2026 bis 14.08.2026
    Wenn die Fachberatung für "Petra Kamp" Krankheit vom 14.08.2026 bis 17.08.2026 kurzfristig einträgt
    Dann lautet die Fehlermeldung "Von: überschneidet sich mit Urlaub vom 03.08.2026 bis 14.08.2026."

  Szenariogrundriss: Feiertage hängen vom Bundesland ab
    Angenommen das Bundesland ist "<land>"
    Dann zeigt der Kalender für Januar 2027 <anzahl> Feiertage

    Beispiele:
      | land | anzahl |
      | NW   | 1      |
      | BY   | 2      |

# language: de
Funktionalität: Bezirke aus der Anschrift
  Listen und Übersicht filtern nach Stadtbezirken oder Ortsteilen. Jede Person bekommt ihren
  Bezirk aus Postleitzahl und Straße; wo eine Postleitzahl geteilt ist, entscheidet die
  Straße. Wo die Anschrift in die Irre führt, wählt die Fachberatung den Bezirk von Hand.

  Hintergrund:
    Angenommen der Bezirk "Beckum" mit den Gebieten "59269"
    Und der Bezirk "Neubeckum" mit den Gebieten "59269 Spiekersstraße"
    Und die Administration ist angemeldet

  Szenario: Die Straße entscheidet, wo eine Postleitzahl geteilt ist
    Wenn die Administration "Lea Brune" mit der Anschrift "Spiekersstr. 12, 59269" anlegt
    Dann steht bei "Lea Brune" der Bezirk "Neubeckum (aus der Anschrift)"

  Szenario: Ein von Hand gewählter Bezirk bleibt beim Umzug in der Stadt
    Angenommen "Lea Brune" wohnt in "Spiekersstraße 12, 59269"
    Wenn die Administration für "Lea Brune" den Bezirk "Beckum" von Hand wählt
    Und "Lea Brune" nach "Markt 1, 59269" umzieht
    Dann steht bei "Lea Brune" der Bezirk "Beckum (von Hand gewählt)"

  Szenario: Ein neuer Bezirk übernimmt die Personen in seinen Straßen
    Angenommen "Lea Brune" wohnt in "Vellerner Straße 3, 59269"
    Wenn die Administration den Bezirk "Vellern" mit den Gebieten "59269 Vellerner Str." anlegt
    Dann meldet Tagwerk "Vellern gespeichert; 1 Person hat jetzt einen anderen Bezirk."
    Und steht bei "Lea Brune" der Bezirk "Vellern (aus der Anschrift)"

  Szenario: Eine Straße gehört nur zu einem Bezirk
    Wenn die Administration den Bezirk "Roland" mit den Gebieten "59269 Spiekersstraße" anlegt
    Dann lautet die Fehlermeldung "59269 Spiekersstraße gehört schon zum Bezirk Neubeckum."

  Szenario: Meine Bezirke sind der erste Filter der Personenliste
    Angenommen "Lea Brune" wohnt in "Spiekersstraße 12, 59269"
    Und "Paul Kamp" wohnt in "Markt 1, 59269"
    Wenn die Administration "Neubeckum" als ihren Bezirk wählt
    Dann zeigt die Personenliste "Brune, Lea" und nicht "Kamp, Paul"
    Und mit "alle Bezirke" zeigt sie beide

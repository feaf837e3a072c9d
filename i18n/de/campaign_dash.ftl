# campaign-dash, auf Deutsch. Die Wörter wie bei Amnesty und Libereco:
# politische Gefangene, Untersuchungshaftanstalt, Strafkolonie, Petition,
# Mahnwache (docs/glossary.md).

tab-overview = Übersicht
tab-prisoners = Gefangene
tab-events = Aktionen
tab-statements = Erklärungen
tab-organisations = Organisationen
tab-petitions = Petitionen
tab-letters = Briefe
tab-agenda = Aufgaben

tab-short-overview = Übers.
tab-short-prisoners = Gefangene
tab-short-events = Aktionen
tab-short-petitions = Petit.
tab-short-letters = Briefe
tab-short-agenda = Aufgaben
tab-short-statements = Erklär.
tab-short-organisations = Orgs

day-today = heute
day-tomorrow = morgen
day-yesterday = gestern
days-in = in { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}
days-ago = vor { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}
days = { $n ->
    [one] { $count } Tag
   *[other] { $count } Tage
}

month-1 = Jan
month-2 = Feb
month-3 = Mär
month-4 = Apr
month-5 = Mai
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Okt
month-11 = Nov
month-12 = Dez

status-detained = in U-Haft
status-imprisoned = in Strafhaft
status-restricted = Freiheitsbeschränkung
status-released = freigelassen
status-deceased = verstorben

panel-figures = Zahlen
panel-attention = Zu erledigen
panel-next-events = Nächste Aktionen
panel-coming-up = Freilassungen und Geburtstage
panel-petitions = Petitionen
panel-events-per-month = Aktionen pro Monat
panel-events-per-month-from = Aktionen pro Monat, { $from } bis { $to }
panel-statements = Neueste Erklärungen
panel-changed = Geändert seit
panel-changed-since = Geändert seit { $label }
panel-fewest = Wenigste Briefe

figure-prisoners = Gefangene
figure-at-risk = { $total }, { $count } besonders gefährdet
figure-in-custody = Jetzt in Haft
figure-days-behind-bars = Tage in Haft
figure-days-combined = { $count } zusammen
figure-partial-arrests = höchstens: { $n ->
    [one] { $count } Festnahmedatum nur auf Monat oder Jahr bekannt
   *[other] { $count } Festnahmedaten nur auf Monat oder Jahr bekannt
}
figure-events = Aktionen
figure-events-past-upcoming = { $past } vorbei, { $upcoming } geplant
figure-countries = Länder erreicht
figure-statements = Erklärungen
figure-letters-30 = Briefe, 30 Tage
figure-letters-sent-received = { $sent } gesendet, { $received } erhalten
figure-no-letters = Noch keine Briefe
figure-prisoners-in-custody = { $n ->
    [one] { $count } Gefangene(r) in Haft
   *[other] { $count } Gefangene in Haft
}

overview-no-one-in-custody = Niemand ist in Haft.
overview-letters-fewest-first = Briefe der letzten { $days } Tage, die wenigsten zuerst:
overview-no-news = , seit { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
} ohne Nachricht
overview-nothing-due = Nichts überfällig oder diese Woche fällig.
overview-first-to-do = Zuerst zu tun
overview-no-upcoming = Keine kommenden Aktionen in der Datei.
overview-now = jetzt
overview-releases-none = Freilassungen in den nächsten 90 Tagen: keine
overview-releases = Freilassungen in den nächsten 90 Tagen
overview-estimate = , geschätzt
overview-birthdays-hidden = Geburtstage: { $note }
overview-birthdays-none = Geburtstage in den nächsten 30 Tagen: keine
overview-birthdays = Geburtstage in den nächsten 30 Tagen (Karte schicken)
overview-turns = { $name } wird { $age } ({ $when })
overview-nothing-changed = Nichts hinzugefügt oder geändert seit { $label }.
overview-added = { $count } hinzugefügt
overview-changed = { $count } geändert
overview-no-count-goal = noch nicht gezählt (Ziel { $goal })
overview-no-count = noch nicht gezählt, kein Ziel gesetzt
overview-signatures-no-goal = { $count } Unterschriften am { $date }, kein Ziel gesetzt
overview-signatures-of-goal = { $percent }%  { $count } von { $goal }
overview-no-petitions = Keine Petitionen in der Datei.
overview-more = und { $count } weitere im Reiter „{ $tab }“ ({ $number })
overview-not-shown = Nicht gezeigt, Fenster vergrößern: { $names }
overview-no-statements = Keine Erklärungen in der Datei.

group-overdue = Überfällig
group-this-week = Diese Woche
group-next-30 = Nächste 30 Tage
group-later = Später

agenda-events = { $n ->
    [one] { $count } Aktion
   *[other] { $count } Aktionen
}
agenda-birthdays = { $n ->
    [one] { $count } Geburtstagskarte
   *[other] { $count } Geburtstagskarten
}
agenda-releases = { $n ->
    [one] { $count } fällige Freilassung
   *[other] { $count } fällige Freilassungen
}
agenda-releases-overdue = { $n ->
    [one] { $count } überfällige Freilassung
   *[other] { $count } überfällige Freilassungen
}
agenda-anniversaries = { $n ->
    [one] { $count } Jahrestag
   *[other] { $count } Jahrestage
}
agenda-letters = { $n ->
    [one] { $count } Brief
   *[other] { $count } Briefe
}
agenda-checks = { $n ->
    [one] { $count } Prüfung
   *[other] { $count } Prüfungen
}
agenda-petitions = { $n ->
    [one] { $count } Petition
   *[other] { $count } Petitionen
}

today = Heute
today-counted = alle Zahlen auf diesen Tag gerechnet
today-source-flag = gesetzt mit --today
today-source-as-of = das as_of-Datum der Datei
today-source-system = das Systemdatum

hint-keep = behalten
hint-clear = leeren
hint-clear-line = Zeile leeren
hint-delete-word = Wort löschen
hint-choose = wählen
hint-open = öffnen
hint-filter = filtern
hint-tabs = Reiter
hint-help = Hilfe
hint-quit = beenden
hint-move = bewegen
hint-detail = Details
hint-sort = sortieren
hint-links = Links
hint-follow = folgen
hint-back = zurück
hint-list = Liste
hint-scroll = blättern
hint-a-letter = ein Buchstabe
hint-sorts = sortiert (Liste oben)
hint-cancel = abbrechen
hint-today = heute

## The help of each key (English: src/app/keymap.toml)

help-tab-overview = Übersicht: die Kampagne auf einen Blick
help-tab-prisoners = Gefangene
help-tab-events = Aktionen
help-tab-statements = Erklärungen
help-tab-organisations = Organisationen
help-tab-petitions = Petitionen
help-tab-letters = Briefe
help-tab-agenda = Aufgaben: was zu tun ist, bis wann
help-other-pane = zwischen Liste und Details
help-next-tab = nächster Reiter
help-prev-tab = voriger Reiter
help-down = nächste Zeile, nächster Link oder Eintrag
help-up = vorige Zeile, voriger Link oder Eintrag
help-page-down = eine Seite nach unten
help-page-up = eine Seite nach oben
help-top = erste Zeile (Anfang der Details)
help-bottom = letzte Zeile (Ende der Details)
help-open = Details, gewählten Link oder Eintrag öffnen
help-back = zurück zur Liste (schließt diese Hilfe)
help-go-back = den gefolgten Links zurück folgen
help-filter = Liste filtern (Wörter oder Feld:Wert; siehe docs/filter.md)
help-toggle-filter = Filter aus- und wieder einschalten
help-next-match = nächster Treffer (ohne Filter: in der ganzen Liste)
help-prev-match = voriger Treffer des Filters
help-sort = nach der nächsten Spalte sortieren (oder Spaltenkopf anklicken)
help-reverse-sort = Sortierung umkehren
help-present = Präsentationsmodus: Privates verbergen (Adressen, Notizen, ...)
help-reload = Datei neu lesen (geschieht beim Speichern von selbst)
help-edit = Datei in $VISUAL oder $EDITOR beim gewählten Eintrag öffnen (in Probleme: beim Problem)
help-copy = gewählten Eintrag als Text kopieren
help-copy-address = Anschrift für den Umschlag kopieren (jedes markierten)
help-log-letter = Brief an den Gefangenen eintragen (an jeden markierten)
help-checked = heutige Prüfung eintragen (jedes markierten)
help-agenda-act = Aufgaben: tun, worum der Eintrag bittet
help-mark = Gefangene(n) markieren oder Markierung lösen
help-mark-all = alle gezeigten markieren
help-clear-marks = Markierungen löschen
help-pick-random = eine(n) gezeigte(n) Gefangene(n) zufällig wählen
help-undo = letztes Schreiben rückgängig machen
help-snooze = Aufgaben: Eintrag auf einen Tag verschieben
help-problems = Fehler und Warnungen der Datei auflisten
help-suspend = in die Shell wechseln (fg kehrt zurück)
help-help = diese Hilfe zeigen oder verbergen
help-quit = beenden (in dieser Hilfe: schließen)
help-quit-now = beenden, von überall
help-zoom = dem gewählten Bereich (Liste oder Details) den ganzen Bildschirm geben und zurück
help-sort-by = nach einer Spalte sortieren: o, dann ihr Buchstabe (die Statuszeile zeigt sie; nochmals kehrt um)
help-edit-accept = Filter behalten
help-edit-cancel = Filter leeren
help-edit-next-field = nächstes Feld
help-edit-previous-field = voriges Feld
help-edit-left = Cursor nach links
help-edit-right = Cursor nach rechts
help-edit-home = Zeilenanfang
help-edit-end = Zeilenende
help-edit-backspace = links löschen
help-edit-delete = rechts löschen
help-edit-clear = Zeile leeren
help-edit-delete-word = Wort löschen
help-edit-quit = beenden

## The help overlay

help-title = Tasten
help-filter-line = In der Filterzeile und den Formularen:
help-marks = Gefangene: { $marks } (die Details sagen, was und warum); ● markiert.
help-mouse = Maus: Reiter, Zeile, Spaltenkopf (sortiert) oder Link (folgt) anklicken; das Rad blättert.
help-close = { $back }, { $help } oder { $quit } schließt diese Hilfe ({ $quit_now } beendet); { $down }, { $page }, { $top } blättern darin.
help-more-above = mehr oben
help-more-below = mehr unten
mark-risk = besonders gefährdet
mark-earlier = mit früheren Festnahmen
mark-estimate = Festnahmetag unbekannt

## The agenda's items

agenda-on-now = läuft, bis { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = Eintrag prüfen: zuletzt geprüft { $date }
agenda-check-never = Eintrag prüfen: nie geprüft
agenda-place-takes = { $place }: die Post braucht { $n ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
agenda-post-takes = die Post braucht { $n ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
agenda-card-by = Geburtstagskarte schicken bis { $by }: wird { $age } am { $birthday }; { $takes }
agenda-card-late = Geburtstagskarte spät: heute schicken: wird { $age } am { $birthday }; { $takes }
agenda-card-late-calendar = Geburtstagskarte spät (schicken bis { $by }): wird { $age } am { $birthday }; { $takes }
agenda-estimate = (geschätzt)
agenda-due-out = Freilassung { $date }{ $estimate }
agenda-due-out-from = Freilassung { $date }, aus { $place }{ $estimate }
agenda-find-address = Postanschrift finden: keine eingetragen
agenda-overdue = Freilassung war fällig am { $due }{ $estimate }, vor { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}: auf eine neue Anklage prüfen oder den Eintrag aktualisieren
agenda-overdue-calendar = Freilassung war fällig am { $due }{ $estimate }: auf eine neue Anklage prüfen oder den Eintrag aktualisieren
agenda-years-since-arrest = { $n ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
} seit der Festnahme am { $arrested }
agenda-days-behind-bars = { $count } Tage in Haft
agenda-days-behind-bars-earlier = { $count } Tage in Haft, frühere Festnahmen mitgezählt
agenda-write-last = einen Brief schreiben: der letzte ging am { $sent }
agenda-write-since-start = einen Brief schreiben: keiner seit dem Beginn der Kampagne am { $started }
agenda-write-since-arrest = einen Brief schreiben: keiner seit der Festnahme am { $arrested }
agenda-write-none = einen Brief schreiben: noch keiner gesendet
agenda-returned = Anschrift prüfen: ein Brief kam am { $back } zurück
agenda-moved = an die neue Anschrift schreiben: verlegt nach { $place } am { $since }
agenda-of-goal = { $count } von { $goal }
agenda-signatures-after = : { $count } Unterschriften
agenda-closes = endet { $when }{ $count }
agenda-closes-on = endet am { $closed }{ $count }
agenda-goal-reached = Ziel erreicht am { $date } ({ $count } Unterschriften): übergeben
agenda-count-last = Zählung eintragen: die letzte war am { $date }
agenda-count-none = Zählung eintragen: keine seit der Eröffnung am { $since }
agenda-snoozed = verschoben bis { $until }
agenda-snoozed-note = verschoben bis { $until }: { $note }
agenda-head = Heute { $today }, bis { $last }: { $count } · { $open } öffnet · { $filter } filtert
agenda-head-items = { $n ->
    [one] { $count } Aufgabe
   *[other] { $count } Aufgaben
}
agenda-head-snoozed-items = { $n ->
    [one] { $count } verschobene Aufgabe
   *[other] { $count } verschobene Aufgaben
}
agenda-head-of = { $shown } von { $total }
agenda-head-and-snoozed = { $count } · { $snoozed } verschoben
agenda-preparing = Die Suche für den Filter wird vorbereitet: die Aufgaben folgen gleich.
agenda-no-match = Keine Aufgabe passt zum Filter.
agenda-nothing = Nichts zu tun in den nächsten { $n ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}.

## The lists' columns (English: src/table.rs)

column-name = Name
column-status = Status
column-org = Org.
column-detained = Festgen.
column-days-held = Tage
column-due = Freilassung
column-sentence = Urteil
column-facility = Haftort
column-events = Aktionen
column-stmts = Erklär.
column-no-news = Ohne Nachr.
column-sent = Gesendet
column-last-sent = Zuletzt
column-in-90d = In 90 T.
column-unwritten = Ungeschr.
column-risk = Gefahr
column-checked = Geprüft
column-date = Datum
column-kind = Art
column-title = Titel
column-city = Stadt
column-country = Land
column-author = Autor
column-text = Text
column-short = Kurz
column-members = Mitglieder
column-host = Plattform
column-latest = Zuletzt
column-goal = Ziel
column-progress = Fortschritt
column-prisoner = Gefangene(r)
column-direction = Richtung
column-count = Anzahl
column-channel = Weg
column-event = Aktion
column-when = Wann

## The detail pane

detail-title = Details
detail-title-links = Details ({ $down } Links, { $open } folgen)
detail-title-scroll = Details ({ $down } blättern, { $back } zurück)
detail-title-focus = Details ({ $pane } oder { $open }: Fokus)

## Die Einzelheiten: Überschriften, Hinweise und Berechnetes; Zeilenbeschriftungen (field-…)

field-address = Adresse
field-aliases = andere Namen
field-attendance = Teilnehmende
field-author = Urheber
field-born = geboren
field-by = wer
field-channel = Weg
field-charges = Paragrafen
field-checked = geprüft
field-city = Stadt
field-closed = geschlossen
field-count = Anzahl
field-country = Land
field-date = Datum
field-days-held = Tage in Haft
field-delivered = übergeben
field-detained = festgenommen
field-direction = Richtung
field-event = Aktion
field-facility = Anstalt
field-goal = Ziel
field-host = Plattform
field-id = id
field-interests = Interessen
field-kind = Art
field-language = Sprache
field-latest-count = letzter Stand
field-letters = Briefe
field-letters-there = Briefe dorthin
field-no-news = ohne Nachricht
field-notes = Notizen
field-opened = eröffnet
field-organisation = Organisation
field-organisations = Organisationen
field-postal-name = Name für Post
field-prisoner = Gefangene(r)
field-prisoners = Gefangene
field-progress = Fortschritt
field-reads = liest
field-release-due = Haftende
field-released = freigelassen
field-released-how = wie frei
field-risk = Gefährdung
field-role = Rolle
field-sentence = Urteil
field-sentence-months = Haft, Monate
field-sentenced = verurteilt
field-short = Kürzel
field-source = Quelle
field-sources = Quellen
field-sponsors = Paten
field-status = Status
field-summary = Kurz gesagt
field-time = Uhrzeit
field-translation-english = Übersetzung (Englisch)
field-url = Link
field-venue = Ort

detail-timeline = Verlauf
detail-letters = Briefe
detail-events-naming = Aktionen, die ihn oder sie nennen
detail-statements-naming = Erklärungen, die ihn oder sie nennen
detail-organisations = Organisationen
detail-prisoners-demanded = Gefangene, deren Freiheit gefordert wurde
detail-letters-written-here = Hier geschriebene Briefe
detail-statements-at-event = Erklärungen bei der Aktion
detail-text = Text
detail-member-prisoners = Gefangene unter den Mitgliedern
detail-events = Aktionen
detail-statements = Erklärungen
detail-petitions-hosted = Petitionen auf der Plattform
detail-tallies = Zählungen
detail-none-recorded = nichts erfasst
detail-none-named = niemand genannt
detail-none-listed = niemand verzeichnet
detail-none = keine
detail-no-tallies = keine Zählungen erfasst
detail-no-news-since-letter = seit dem letzten erhaltenen Brief, { $date }
detail-no-news-since-arrest = seit der Festnahme: kein Brief erhalten
detail-no-news = { $days }, { $since }
detail-turns = wird { $age } am { $date }, { $when }
detail-aged-60 = { $tag } (60 Jahre oder älter)
detail-held-combined-now = { $days }, { $arrests } Festnahmen zusammen; diese bisher { $this }, Stand { $today }
detail-held-combined = { $days }, { $arrests } Festnahmen zusammen; die letzte { $this }
detail-held-now = { $days } bisher, Stand { $today }
detail-held = { $days } in Haft
detail-held-estimate = ~: eine Festnahme, nur auf Monat oder Jahr bekannt, ab deren erstem Tag gezählt
detail-held-unknown = unbekannt (kein Festnahme- oder Freilassungsdatum)
detail-due-estimate = geschätzt: Festnahme + Monate der Strafe
detail-letter-takes = ein Brief braucht { $days }
detail-event-past = vorbei, { $when }
detail-event-now = läuft gerade
detail-event-upcoming = bevorstehend, { $when }
detail-upcoming = bevorstehend
detail-about = etwa { $count }
detail-none-set = keins gesetzt
detail-signatures-on = { $n ->
    [one] { $count } Unterschrift am { $date }
   *[other] { $count } Unterschriften am { $date }
}
detail-no-count = noch kein Stand
detail-of-goal = { $percent } % des Ziels
detail-letter-title = { $pieces ->
    [1] { $way ->
        [sent] Brief an
        [received] Brief von
       *[returned] Zurückgekommen: Brief an
    }
   *[other] { $way ->
        [sent] { $count } Briefe oder Karten an
        [received] { $count } Briefe oder Karten von
       *[returned] Zurückgekommen: { $count } Briefe an
    }
} { $name }
detail-no-such-prisoner = { $name } (kein Gefangener hat diese id)

dates-from-to = { $from } bis { $to }
timeline-earlier = frühere Festnahme, { $days } in Haft
timeline-earlier-kind = frühere Festnahme ({ $kind }), { $days } in Haft
timeline-sentence = Urteil: { $sentence }
timeline-arrested = festgenommen
timeline-so-far = { $days } bis heute
timeline-address = Adresse: { $address }
timeline-verdict = Urteil
timeline-release-due = Haftende
timeline-estimate = geschätzt
timeline-released = freigelassen
letter-sent = gesendet
letter-received = erhalten
letter-returned = zurück
letter-by-post = per Post
letter-by-courier = per Kurier
letter-in-parcel = im Paket
letter-online = online
letter-by-other = auf anderem Weg
letter-from = von { $name }
letter-to = an { $name }
letters-sent = { $count } gesendet
letters-received = { $count } erhalten
letters-returned = { $count } zurück
letters-last = { $what } (zuletzt { $date })

list-filter = Filter: { $query }
list-preparing = { $what ->
    [filter] Filter wird vorbereitet…
    [sort] Sortierung wird vorbereitet…
   *[both] Filter und Sortierung werden vorbereitet…
}
list-shown-of = { $shown } von { $total }
list-unfinished = unvollständig
list-filter-off = Filter aus: { $query }, { $n ->
    [one] { $count } Treffer
   *[other] { $count } Treffer
} ({ $on }: an, { $jump }: springen)
list-sort-by = nach { $column }
list-empty = Diese Datei enthält keine Einträge dieser Art.
list-preparing-search = Die Suche in { $count } Einträgen wird vorbereitet: die Zeilen folgen gleich. Die Tasten gehen schon.
list-no-match = Nichts passt zum Filter `{ $filter }`{ $which ->
    [last] {" "}(dem letzten ohne Fehler)
   *[typed] {""}
}. { $change } ändert ihn, { $clear } in der Filterzeile leert ihn.
detail-lines = Zeilen { $from }-{ $to } von { $total }
detail-nothing-selected = Nichts ausgewählt.
filter-prompt = Filter
filter-finding = Treffer unter { $total } werden gesucht…
filter-clears = { $key } leert
filter-keeps = { $key } behält

## The filter fields' descriptions (English in src/model/fields.rs and src/query/search.rs)

filter-prisoner-name = der Name, einer der anderen Namen oder der Name für die Post
filter-prisoner-status = detained, imprisoned, restricted, released oder deceased
filter-prisoner-org = der Name oder Kurzname einer Organisation
filter-prisoner-role = die Rolle, z. B. president
filter-prisoner-charge = einer der Anklagepunkte
filter-prisoner-facility = der Haftort, z. B. die Strafkolonie
filter-prisoner-sentence = die Strafe wie eingetragen, z. B. "9 years"
filter-prisoner-notes = die Notizen und die Umstände der Freilassung
filter-prisoner-interest = worüber die Person gern Briefe bekommt
filter-prisoner-sponsor = einer der Paten
filter-prisoner-reads = eine Sprache, die die Person liest, z. B. reads:be
filter-prisoner-id = die id des Eintrags
filter-prisoner-born = das Geburtsdatum
filter-prisoner-detained = das Datum der Festnahme
filter-prisoner-sentenced = das Datum des Urteils
filter-prisoner-released = das Datum der Freilassung
filter-prisoner-due = das erwartete Haftende, eingetragen oder errechnet
filter-prisoner-days = Tage in Haft, alle Festnahmen zusammen (Spalte „Tage“), z. B. days:>1000
filter-prisoner-events = in wie vielen Aktionen die Person genannt wird, z. B. events:0
filter-prisoner-statements = in wie vielen Erklärungen die Person genannt wird, z. B. statements:0
filter-prisoner-risk = warum besonders gefährdet: health, disability, elderly (auch nach born), mental-health, isolation, incommunicado, terror-list oder other
filter-prisoner-moved = wann an einen anderen Haftort verlegt
filter-prisoner-news = Tage ohne erhaltenen Brief, z. B. news:>60
filter-prisoner-letters = wie viele Briefe eingetragen sind, z. B. letters:0
filter-prisoner-sent90 = in den letzten 90 Tagen gesendete Briefe, z. B. sent90:<3
filter-prisoner-unwritten = Tage seit dem letzten gesendeten Brief (oder seit der Festnahme), z. B. unwritten:>60
filter-event-title = der Titel
filter-event-kind = picket, rally, march, conference, meeting, vigil, letters, delivery, online oder other
filter-event-date = der Tag oder die Tage der Aktion
filter-event-city = die Stadt
filter-event-country = das Land
filter-event-venue = der Veranstaltungsort
filter-event-org = der Name oder Kurzname einer Organisation
filter-event-prisoner = eine(r) der in der Aktion genannten Gefangenen
filter-event-summary = die Zusammenfassung
filter-event-id = die id des Eintrags
filter-statement-author = wer es gesagt oder geschrieben hat
filter-statement-role = die Rolle des Urhebers
filter-statement-org = die Organisation, für die gesprochen wurde, nach Name oder Kurzname
filter-statement-event = der Titel der Aktion, bei der sie abgegeben wurde
filter-statement-prisoner = eine(r) der in der Erklärung genannten Gefangenen
filter-statement-text = der Wortlaut oder seine Übersetzung
filter-statement-lang = der Sprachcode, z. B. en, pt, be (pt findet auch pt-BR)
filter-statement-kind = speech, letter, resolution, press, social, greeting, interview oder other
filter-statement-date = der Tag, an dem sie abgegeben oder veröffentlicht wurde
filter-statement-id = die id des Eintrags
filter-organisation-name = der Name oder Kurzname
filter-organisation-short = der Kurzname
filter-organisation-kind = die Art, z. B. union, federation
filter-organisation-country = das Land
filter-organisation-notes = die Notizen
filter-organisation-id = die id des Eintrags
filter-petition-title = der Titel
filter-petition-host = der Name oder Kurzname der Plattform
filter-petition-opened = der Tag der Eröffnung
filter-petition-closed = der Tag der Schließung
filter-petition-id = die id des Eintrags
filter-letter-prisoner = die gefangene Person, an die der Brief ging oder von der er kam
filter-letter-event = die Aktion, bei der der Brief geschrieben wurde
filter-letter-by = wer ihn geschrieben oder erhalten hat
filter-letter-notes = die Notizen
filter-letter-direction = sent, received oder returned
filter-letter-channel = post, courier, parcel, online oder other
filter-letter-date = der Tag des Versands oder der Ankunft
help-filter-fields = Filterfelder in „{ $tab }“, jeweils Feld:Wert geschrieben (org:bkdp, days:>1000, -status:released):

form-date = Datum
form-direction = Richtung
form-count = Anzahl
form-channel = Weg
form-by = wer
form-event = Aktion
form-notes = Notizen
form-until = bis
form-note = Notiz
edit-letter = { $n ->
    [1] ein Brief
   *[other] { $n } Briefe
} { $way ->
    [sent] gesendet an
    [received] erhalten von
   *[returned] zurück von
} { $prisoner } am { $date }
edit-checked = { $id } geprüft am { $date }
edit-released = { $id } freigelassen am { $date }
edit-delivered = Petition { $id } übergeben am { $date }
edit-snooze = eine Aufgabe aufgeschoben bis { $until } ({ $item })
edits-none = nichts
edits-letters = ein Brief an jede(n) der { $n } Gefangenen am { $date }
edits-snoozed = { $n } Aufgaben aufgeschoben bis { $until }
edits-checked = { $n } Gefangene geprüft am { $date }
edits-changes = { $n } Änderungen
form-title = In die Datei schreiben
form-foot = { $accept } schreibt · { $next } nächstes Feld · { $cancel } bricht ab
form-writing = wird in die Datei geschrieben…
form-more = +{ $n } weitere
form-no-event = keine Aktion passt
form-type-event = einen Teil der id oder des Titels einer Aktion tippen
form-count-empty = 1, wenn leer
form-log-one = Brief erfassen: { $name }
form-log-many = Einen Brief an jede(n) der { $n } markierten Gefangenen erfassen
form-released = Freigelassen: { $name }
form-snooze = Aufschieben: { $what }
ask-write = { $what } in die Datei schreiben?
ask-or = { $a } oder { $b }
ask-yes = schreiben
ask-no = nicht
ask-overdue = Das Haftende von { $name } ist vorbei. Was ist bekannt?
ask-overdue-released = freigelassen: Datum angeben
ask-overdue-edit = neue Anklage oder neues Urteil: den Editor beim Eintrag öffnen
ask-overdue-checked = nichts Neues: den Eintrag als heute geprüft markieren
ask-overdue-nothing = nichts tun

say-not-loaded = die gezeigte Datei ist nicht die auf der Platte: nichts kann geschrieben werden, bis sie geladen ist
say-write-running = ein Schreiben läuft noch
say-log-needs-prisoner = { $log } erfasst einen Brief an die gewählte Person (oder die mit { $mark } markierten): in { $tab } wählen
say-nothing-written = nichts geschrieben
say-not-after-today = nicht nach heute ({ $today }): die Aufgabe würde nicht aufgeschoben
say-value-refused = nicht geschrieben: ein Wert wird abgelehnt (siehe Formular)
say-writing = wird geschrieben: { $what }…
say-checked-needs-prisoner = { $key } markiert die gewählte Person als heute geprüft: in { $tab } wählen
say-nothing-to-write = für diese Aufgabe gibt es nichts zu schreiben: { $open } öffnet den Eintrag, { $snooze } schiebt sie auf
say-agenda-only = { $key } { $does }: { $agenda } öffnet die Aufgaben
does-agenda-act = tut, was eine Aufgabe verlangt
does-snooze = schiebt eine Aufgabe auf
say-nothing-chosen = keine Aufgabe gewählt
say-nothing-to-undo = nichts rückgängig zu machen: in dieser Sitzung wurde nichts geschrieben
say-not-undone = nicht rückgängig gemacht: die Datei hat sich seitdem geändert (im Editor rückgängig machen)
say-undoing = wird rückgängig gemacht: { $what }…
say-undone = rückgängig gemacht: die Datei ist wie vor „{ $what }“
say-wrote = geschrieben: { $what } ({ $undo } macht es rückgängig)
say-wrote-at = geschrieben: { $what } in { $place } ({ $undo } macht es rückgängig)
say-changed-meanwhile = die Datei wurde inzwischen auf der Platte geändert: nichts geschrieben; sie wird neu gelesen und das Schreiben erneut angeboten
say-would-break = nicht geschrieben: die Datei würde fehlerhaft: { $first }
say-record-gone = der Eintrag, für den es war, ist nicht mehr in der Datei: nichts geschrieben
say-marks-prisoners = Markierungen gelten Gefangenen: { $tab } öffnet sie
say-marked = { $n } markiert
say-pick-needs = { $key } wählt zufällig eine(n) Gefangene(n): { $tab } öffnet die Liste
say-nobody = keine Gefangenen gezeigt: niemand zu wählen
say-picked = gewählt: { $name } von { $shown } gezeigten{ $why }
say-unmarked = { $count } Markierungen entfernt

print-summary = { $view }: { $count }, Stand { $today } ({ $source })
print-matching = { $shown } von { $total } passend zu { $filter }
print-sorted = sortiert nach { $sort }
print-empty-filtered = Kein Eintrag passt zum Filter.
print-agenda = { $agenda }: { $count }, Stand { $today } ({ $source }), bis { $last } ({ $days })
print-agenda-matching = { $shown } von { $of } passend zum Filter
print-agenda-left-out = { $count } ({ $snoozed } aufgeschobene ausgelassen)

count-errors = { $n ->
    [one] { $count } Fehler
   *[other] { $count } Fehler
}
count-warnings = { $n ->
    [one] { $count } Warnung
   *[other] { $count } Warnungen
}
banner-hidden = { $file } hat { $problems } und kann nicht gezeigt werden (Einzelheiten im Präsentationsmodus verborgen)
banner-empty = { $file } ist leer
banner-removed = { $file } wurde entfernt
banner-nothing = nichts zu zeigen, bis die Datei lädt
banner-since = gezeigt wird die Fassung von { $time }
banner-since-start = gezeigt wird die beim Start geladene Fassung
banner-problems = { $key } listet alle Probleme
problems-title = Probleme: { $counts } in { $file } ({ $whose ->
    [unloaded] gezeigt, sobald behoben und gespeichert
    [saved] wie jetzt gespeichert, nicht gezeigt
   *[shown] die gezeigte Fassung
})
problems-keys-scroll = { $down } blättert · { $edit } bearbeitet das oberste · { $close } schließt
problems-keys = { $edit } öffnet den Editor beim obersten Problem · { $close } schließt

# campaign-dash, po polsku. Słowa jak w polskich publikacjach Wiasny i
# Amnesty: więzień polityczny, areszt śledczy, kolonia karna, petycja,
# pikieta (docs/glossary.md).

tab-overview = Przegląd
tab-prisoners = Więźniowie
tab-events = Wydarzenia
tab-statements = Oświadczenia
tab-organisations = Organizacje
tab-petitions = Petycje
tab-letters = Listy
tab-agenda = Zadania

tab-short-overview = Przegląd
tab-short-prisoners = Więźniowie
tab-short-events = Wydarz.
tab-short-petitions = Petycje
tab-short-letters = Listy
tab-short-agenda = Zadania
tab-short-statements = Oświadcz.
tab-short-organisations = Org.

day-today = dzisiaj
day-tomorrow = jutro
day-yesterday = wczoraj
days-in = za { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
}
days-ago = { $n ->
    [one] { $count } dzień temu
   *[other] { $count } dni temu
}
days = { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
}

month-1 = sty
month-2 = lut
month-3 = mar
month-4 = kwi
month-5 = maj
month-6 = cze
month-7 = lip
month-8 = sie
month-9 = wrz
month-10 = paź
month-11 = lis
month-12 = gru

status-detained = zatrzymani
status-imprisoned = w więzieniu
status-restricted = ograniczenie wolności
status-released = zwolnieni
status-deceased = zmarli

panel-figures = Liczby
panel-attention = Wymaga uwagi
panel-next-events = Najbliższe wydarzenia
panel-coming-up = Zwolnienia i urodziny
panel-petitions = Petycje
panel-events-per-month = Wydarzenia w miesiącach
panel-events-per-month-from = Wydarzenia w miesiącach, { $from } – { $to }
panel-statements = Najnowsze oświadczenia
panel-changed = Zmiany
panel-changed-since = Zmiany od { $label }
panel-fewest = Najmniej listów

figure-prisoners = Więźniowie
figure-at-risk = { $total }, { $count } w szczególnym zagrożeniu
figure-in-custody = Teraz za kratami
figure-days-behind-bars = Dni za kratami
figure-days-combined = { $count } łącznie
figure-partial-arrests = najwyżej: { $n ->
    [one] { $count } data aresztowania znana tylko co do miesiąca lub roku
    [few] { $count } daty aresztowania znane tylko co do miesiąca lub roku
   *[many] { $count } dat aresztowania znanych tylko co do miesiąca lub roku
}
figure-events = Wydarzenia
figure-events-past-upcoming = { $past } minione, { $upcoming } nadchodzące
figure-countries = Kraje
figure-statements = Oświadczenia
figure-letters-30 = Listy, 30 dni
figure-letters-sent-received = { $sent } wysłanych, { $received } otrzymanych
figure-no-letters = Jeszcze bez listów
figure-prisoners-in-custody = { $n ->
    [one] { $count } więzień za kratami
    [few] { $count } więźniów za kratami
   *[many] { $count } więźniów za kratami
}

overview-no-one-in-custody = Nikt nie jest za kratami.
overview-letters-fewest-first = Listy wysłane w ciągu { $days } dni, najpierw najmniej:
overview-no-news = , bez wieści od { $n ->
    [one] { $count } dnia
   *[other] { $count } dni
}
overview-nothing-due = Nic zaległego ani na ten tydzień.
overview-first-to-do = Najpierw do zrobienia
overview-no-upcoming = W pliku nie ma najbliższych wydarzeń.
overview-now = teraz
overview-releases-none = Zwolnienia w ciągu 90 dni: brak
overview-releases = Zwolnienia w ciągu 90 dni
overview-estimate = , szacunek
overview-birthdays-hidden = Urodziny: { $note }
overview-birthdays-none = Urodziny w ciągu 30 dni: brak
overview-birthdays = Urodziny w ciągu 30 dni (wyślij kartkę)
overview-turns = { $name }: { $age } ({ $when })
overview-nothing-changed = Nic nie dodano ani nie zmieniono od { $label }.
overview-added = { $count } dodano
overview-changed = { $count } zmieniono
overview-no-count-goal = podpisy jeszcze nie policzone (cel { $goal })
overview-no-count = podpisy jeszcze nie policzone, bez celu
overview-signatures-no-goal = { $count } podpisów na { $date }, bez celu
overview-signatures-of-goal = { $percent }%  { $count } z { $goal }
overview-no-petitions = W pliku nie ma petycji.
overview-more = i { $count } więcej w karcie „{ $tab }” ({ $number })
overview-not-shown = Nie pokazano, powiększ okno: { $names }
overview-no-statements = W pliku nie ma oświadczeń.

group-overdue = Zaległe
group-this-week = Ten tydzień
group-next-30 = Następne 30 dni
group-later = Później

agenda-events = { $n ->
    [one] { $count } wydarzenie
    [few] { $count } wydarzenia
   *[many] { $count } wydarzeń
}
agenda-birthdays = { $n ->
    [one] { $count } kartka urodzinowa
    [few] { $count } kartki urodzinowe
   *[many] { $count } kartek urodzinowych
}
agenda-releases = { $n ->
    [one] { $count } zwolnienie
    [few] { $count } zwolnienia
   *[many] { $count } zwolnień
}
agenda-releases-overdue = { $n ->
    [one] { $count } zaległe zwolnienie
    [few] { $count } zaległe zwolnienia
   *[many] { $count } zaległych zwolnień
}
agenda-anniversaries = { $n ->
    [one] { $count } rocznica
    [few] { $count } rocznice
   *[many] { $count } rocznic
}
agenda-letters = { $n ->
    [one] { $count } list
    [few] { $count } listy
   *[many] { $count } listów
}
agenda-checks = { $n ->
    [one] { $count } sprawdzenie
    [few] { $count } sprawdzenia
   *[many] { $count } sprawdzeń
}
agenda-petitions = { $n ->
    [one] { $count } petycja
    [few] { $count } petycje
   *[many] { $count } petycji
}

today = Dziś
today-counted = wszystkie liczby na ten dzień
today-source-flag = ustawione przez --today
today-source-as-of = data as_of w pliku
today-source-system = data systemowa

hint-keep = zachowaj
hint-clear = wyczyść
hint-clear-line = wyczyść wiersz
hint-delete-word = usuń słowo
hint-choose = wybierz
hint-open = otwórz
hint-filter = filtr
hint-tabs = karty
hint-help = pomoc
hint-quit = wyjdź
hint-move = ruch
hint-detail = szczegóły
hint-sort = sortuj
hint-links = linki
hint-follow = przejdź
hint-back = wstecz
hint-list = lista
hint-scroll = przewiń
hint-a-letter = litera
hint-sorts = sortuje (lista wyżej)
hint-cancel = anuluj
hint-today = dziś

## The help of each key (English: src/app/keymap.toml)

help-tab-overview = Przegląd: kampania w skrócie
help-tab-prisoners = Więźniowie
help-tab-events = Wydarzenia
help-tab-statements = Oświadczenia
help-tab-organisations = Organizacje
help-tab-petitions = Petycje
help-tab-letters = Listy
help-tab-agenda = Zadania: co zrobić i do kiedy
help-other-pane = między listą a szczegółami
help-next-tab = następna karta
help-prev-tab = poprzednia karta
help-down = następny wiersz, link lub pozycja
help-up = poprzedni wiersz, link lub pozycja
help-page-down = strona w dół
help-page-up = strona w górę
help-top = pierwszy wiersz (początek szczegółów)
help-bottom = ostatni wiersz (koniec szczegółów)
help-open = otwórz szczegóły, wybrany link lub pozycję
help-back = wróć do listy (zamyka pomoc)
help-go-back = wróć po odwiedzonych linkach
help-filter = filtruj listę (słowa lub pole:wartość; zob. docs/filter.md)
help-toggle-filter = wyłącz i znów włącz filtr
help-next-match = następne dopasowanie (bez filtra: w całej liście)
help-prev-match = poprzednie dopasowanie filtra
help-sort = sortuj według następnej kolumny (lub kliknij nagłówek)
help-reverse-sort = odwróć kolejność
help-present = tryb prezentacji: ukryj to, co prywatne (adresy, notatki, ...)
help-reload = wczytaj plik ponownie (dzieje się samo po zapisie)
help-edit = otwórz plik w $VISUAL lub $EDITOR przy wybranym rekordzie (w Problemach: przy problemie)
help-copy = skopiuj wybrany rekord jako tekst
help-copy-address = skopiuj adres na kopertę (każdego zaznaczonego)
help-log-letter = zapisz list do więźnia (do każdego zaznaczonego)
help-checked = zapisz dzisiejsze sprawdzenie (każdego zaznaczonego)
help-agenda-act = zadania: zrób to, o co prosi pozycja
help-mark = zaznacz więźnia lub usuń zaznaczenie
help-mark-all = zaznacz wszystkich pokazanych
help-clear-marks = usuń zaznaczenia
help-pick-random = wybierz losowo pokazanego więźnia
help-undo = cofnij ostatni zapis
help-snooze = zadania: odłóż pozycję do dnia
help-problems = lista błędów i ostrzeżeń pliku
help-suspend = wstrzymaj i wyjdź do powłoki (fg wraca)
help-help = pokaż lub ukryj pomoc
help-quit = wyjdź (w pomocy: zamknij ją)
help-quit-now = wyjdź z dowolnego miejsca
help-zoom = daj wybranemu panelowi (liście lub szczegółom) cały ekran i z powrotem
help-sort-by = sortuj według kolumny: o, potem jej litera (pasek stanu je pokazuje; ponownie odwraca)
help-edit-accept = zachowaj filtr
help-edit-cancel = wyczyść filtr
help-edit-next-field = następne pole
help-edit-previous-field = poprzednie pole
help-edit-left = kursor w lewo
help-edit-right = kursor w prawo
help-edit-home = początek wiersza
help-edit-end = koniec wiersza
help-edit-backspace = usuń w lewo
help-edit-delete = usuń w prawo
help-edit-clear = wyczyść wiersz
help-edit-delete-word = usuń słowo
help-edit-quit = wyjdź

## The help overlay

help-title = Klawisze
help-filter-line = W wierszu filtra i w formularzach:
help-marks = Więźniowie: { $marks } (szczegóły mówią, co i dlaczego); ● zaznaczony.
help-mouse = Mysz: kliknij kartę, wiersz, nagłówek (sortuje) lub link (przechodzi); kółko przewija.
help-close = { $back }, { $help } lub { $quit } zamyka pomoc ({ $quit_now } kończy); { $down }, { $page }, { $top } ją przewijają.
help-more-above = więcej wyżej
help-more-below = więcej niżej
mark-risk = szczególne zagrożenie
mark-earlier = z wcześniejszymi aresztowaniami
mark-estimate = dzień aresztowania nieznany

## The agenda's items

agenda-on-now = trwa, do { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = sprawdź rekord: ostatnio sprawdzony { $date }
agenda-check-never = sprawdź rekord: nigdy nie sprawdzony
agenda-place-takes = { $place }: poczta idzie { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
}
agenda-post-takes = poczta idzie { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
}
agenda-card-by = wyślij kartkę urodzinową do { $by }: kończy { $age } { $age ->
    [one] rok
    [few] lata
   *[many] lat
} { $birthday }; { $takes }
agenda-card-late = kartka spóźniona: wyślij dziś: kończy { $age } { $age ->
    [one] rok
    [few] lata
   *[many] lat
} { $birthday }; { $takes }
agenda-card-late-calendar = kartka spóźniona (wysłać do { $by }): kończy { $age } { $age ->
    [one] rok
    [few] lata
   *[many] lat
} { $birthday }; { $takes }
agenda-estimate = (szacunek)
agenda-due-out = zwolnienie { $date }{ $estimate }
agenda-due-out-from = zwolnienie { $date }, z: { $place }{ $estimate }
agenda-find-address = znajdź adres pocztowy: brak
agenda-overdue = zwolnienie miało nastąpić { $due }{ $estimate }, { $n ->
    [one] { $count } dzień
   *[other] { $count } dni
} temu: sprawdź, czy nie ma nowego zarzutu, lub zaktualizuj rekord
agenda-overdue-calendar = zwolnienie miało nastąpić { $due }{ $estimate }: sprawdź, czy nie ma nowego zarzutu, lub zaktualizuj rekord
agenda-years-since-arrest = { $n ->
    [one] { $count } rok
    [few] { $count } lata
   *[many] { $count } lat
} od aresztowania { $arrested }
agenda-days-behind-bars = { $count } dni za kratami
agenda-days-behind-bars-earlier = { $count } dni za kratami, z wcześniejszymi aresztowaniami
agenda-write-last = napisz list: ostatni wysłany { $sent }
agenda-write-since-start = napisz list: żadnego od początku kampanii { $started }
agenda-write-since-arrest = napisz list: żadnego od aresztowania { $arrested }
agenda-write-none = napisz list: żadnego nie wysłano
agenda-returned = sprawdź adres: list wrócił { $back }
agenda-moved = napisz na nowy adres: przeniesiony do { $place } { $since }
agenda-of-goal = { $count } z { $goal }
agenda-signatures-after = : podpisów { $count }
agenda-closes = zamyka się { $when }{ $count }
agenda-closes-on = zamyka się { $closed }{ $count }
agenda-goal-reached = cel osiągnięty { $date } (podpisów { $count }): przekaż ją
agenda-count-last = zapisz liczbę podpisów: ostatnia { $date }
agenda-count-none = zapisz liczbę podpisów: żadnej od otwarcia { $since }
agenda-snoozed = odłożone do { $until }
agenda-snoozed-note = odłożone do { $until }: { $note }
agenda-head = Dziś { $today }, do { $last }: { $count } · { $open } otwiera · { $filter } filtruje
agenda-head-items = { $n ->
    [one] { $count } zadanie
    [few] { $count } zadania
   *[many] { $count } zadań
}
agenda-head-snoozed-items = { $n ->
    [one] { $count } odłożone zadanie
    [few] { $count } odłożone zadania
   *[many] { $count } odłożonych zadań
}
agenda-head-of = { $shown } z { $total }
agenda-head-and-snoozed = { $count } · odłożone: { $snoozed }
agenda-preparing = Przygotowuję wyszukiwanie dla filtra: zadania pojawią się za chwilę.
agenda-no-match = Żadne zadanie nie pasuje do filtra.
agenda-nothing = Nic do zrobienia w ciągu { $n ->
    [one] { $count } dnia
   *[other] { $count } dni
}.

## The lists' columns (English: src/table.rs)

column-name = Imię
column-status = Status
column-org = Org.
column-detained = Zatrzymany
column-days-held = Dni
column-due = Zwolnienie
column-sentence = Wyrok
column-facility = Zakład
column-events = Wydarzenia
column-stmts = Oświadcz.
column-no-news = Bez wieści
column-sent = Wysłane
column-last-sent = Ostatni
column-in-90d = W 90 dni
column-unwritten = Bez listu
column-risk = Zagrożenie
column-checked = Sprawdzono
column-date = Data
column-kind = Rodzaj
column-title = Tytuł
column-city = Miasto
column-country = Kraj
column-author = Autor
column-text = Tekst
column-short = Skrót
column-members = Członków
column-host = Platforma
column-latest = Ostatnio
column-goal = Cel
column-progress = Postęp
column-prisoner = Więzień
column-direction = Kierunek
column-count = Ile
column-channel = Sposób
column-event = Wydarzenie
column-when = Kiedy

## The detail pane

detail-title = Szczegóły
detail-title-links = Szczegóły ({ $down } linki, { $open } przejdź)
detail-title-scroll = Szczegóły ({ $down } przewiń, { $back } wstecz)
detail-title-focus = Szczegóły ({ $pane } lub { $open }: fokus)

## Szczegóły: nagłówki, uwagi i to, co obliczone; etykiety wierszy (field-…)

field-address = adres
field-aliases = inne imiona
field-attendance = uczestnicy
field-author = autor
field-born = urodzenie
field-by = kto
field-channel = sposób
field-charges = artykuły
field-checked = sprawdzono
field-city = miasto
field-closed = zamknięta
field-count = ile
field-country = kraj
field-date = data
field-days-held = dni w niewoli
field-delivered = przekazana
field-detained = zatrzymanie
field-direction = kierunek
field-event = wydarzenie
field-facility = placówka
field-goal = cel
field-host = gospodarz
field-id = id
field-interests = zainteresowania
field-kind = rodzaj
field-language = język
field-latest-count = ostatni stan
field-letters = listy
field-letters-there = listy tam
field-no-news = bez wieści
field-notes = Uwagi
field-opened = otwarta
field-organisation = organizacja
field-organisations = organizacje
field-postal-name = imię na poczcie
field-prisoner = więzień
field-prisoners = więźniowie
field-progress = postęp
field-reads = czyta po
field-release-due = koniec kary
field-released = zwolniony
field-released-how = jak zwolniony
field-risk = zagrożenie
field-role = rola
field-sentence = wyrok
field-sentence-months = wyrok, mies.
field-sentenced = data wyroku
field-short = skrót
field-source = źródło
field-sources = źródła
field-sponsors = opiekunowie
field-status = status
field-summary = W skrócie
field-time = godzina
field-translation-english = Tłumaczenie (ang.)
field-url = link
field-venue = miejsce

detail-timeline = Przebieg
detail-letters = Listy
detail-events-naming = Wydarzenia, na których go lub ją wymieniono
detail-statements-naming = Oświadczenia, w których go lub ją wymieniono
detail-organisations = Organizacje
detail-prisoners-demanded = Więźniowie, których uwolnienia żądano
detail-letters-written-here = Listy napisane tutaj
detail-statements-at-event = Oświadczenia na wydarzeniu
detail-text = Tekst
detail-member-prisoners = Więźniowie – członkowie
detail-events = Wydarzenia
detail-statements = Oświadczenia
detail-petitions-hosted = Petycje tego gospodarza
detail-tallies = Stany podpisów
detail-none-recorded = nic nie zapisano
detail-none-named = nikogo nie wymieniono
detail-none-listed = nikogo na liście
detail-none = brak
detail-no-tallies = brak zapisanych stanów
detail-no-news-since-letter = od ostatniego otrzymanego listu, { $date }
detail-no-news-since-arrest = od aresztowania: żaden list nie dotarł
detail-no-news = { $days }, { $since }
detail-turns = skończy { $age } lat — { $date }, { $when }
detail-aged-60 = { $tag } (60 lat lub więcej)
detail-held-combined-now = { $days }, aresztowań łącznie: { $arrests }; to — { $this } do { $today }
detail-held-combined = { $days }, aresztowań łącznie: { $arrests }; ostatnie — { $this }
detail-held-now = { $days } do { $today }
detail-held = { $days } za kratami
detail-held-estimate = ~: aresztowanie znane tylko co do miesiąca lub roku, liczone od jego pierwszego dnia
detail-held-unknown = nieznane (brak daty zatrzymania lub zwolnienia)
detail-due-estimate = szacunek: zatrzymanie + miesiące wyroku
detail-letter-takes = list idzie { $days }
detail-event-past = minęło, { $when }
detail-event-now = trwa teraz
detail-event-upcoming = nadchodzi, { $when }
detail-upcoming = nadchodzi
detail-about = około { $count }
detail-none-set = nie ustalono
detail-signatures-on = { $n ->
    [one] { $count } podpis na { $date }
    [few] { $count } podpisy na { $date }
   *[many] { $count } podpisów na { $date }
}
detail-no-count = jeszcze bez stanu
detail-of-goal = { $percent }% celu
detail-letter-title = { $pieces ->
    [1] { $way ->
        [sent] List wysłany do
        [received] List od
       *[returned] List zwrócony, wysłany do
    }
   *[other] { $way ->
        [sent] Listy i kartki ({ $count }) wysłane do
        [received] Listy i kartki ({ $count }) od
       *[returned] Listy zwrócone ({ $count }), wysłane do
    }
}: { $name }
detail-no-such-prisoner = { $name } (żaden więzień nie ma tego id)

dates-from-to = { $from } – { $to }
timeline-earlier = wcześniejsze aresztowanie, { $days } w niewoli
timeline-earlier-kind = wcześniejsze aresztowanie ({ $kind }), { $days } w niewoli
timeline-sentence = wyrok: { $sentence }
timeline-arrested = aresztowanie
timeline-so-far = { $days } do dziś
timeline-address = adres: { $address }
timeline-verdict = wyrok
timeline-release-due = koniec kary
timeline-estimate = szacunek
timeline-released = zwolnienie
letter-sent = wysłano
letter-received = otrzymano
letter-returned = zwrócono
letter-by-post = pocztą
letter-by-courier = przez kuriera
letter-in-parcel = w paczce
letter-online = online
letter-by-other = w inny sposób
letter-from = od: { $name }
letter-to = do: { $name }
letters-sent = wysłano: { $count }
letters-received = otrzymano: { $count }
letters-returned = zwrócono: { $count }
letters-last = { $what } (ostatni { $date })

list-filter = filtr: { $query }
list-preparing = { $what ->
    [filter] przygotowanie filtra…
    [sort] przygotowanie sortowania…
   *[both] przygotowanie filtra i sortowania…
}
list-shown-of = { $shown } z { $total }
list-unfinished = niedokończony
list-filter-off = filtr wyłączony: { $query }, trafień: { $count } ({ $on }: włącz, { $jump }: następne)
list-sort-by = wg { $column }
list-empty = W tym pliku nie ma wpisów: { $lower }.
list-preparing-search = Przygotowanie wyszukiwania w { $count } wpisach ({ $lower }): wiersze pojawią się za chwilę. Klawisze już działają.
list-no-match = Nic nie pasuje do filtra `{ $filter }`{ $which ->
    [last] {" "}(ostatniego bez błędu)
   *[typed] {""}
}. { $change } zmienia go, { $clear } w wierszu filtra czyści.
detail-lines = wiersze { $from }-{ $to } z { $total }
detail-nothing-selected = Nic nie wybrano.
filter-prompt = Filtr
filter-finding = szukanie trafień wśród { $total }…
filter-clears = { $key } czyści
filter-keeps = { $key } zostawia

## The filter fields' descriptions (English in src/model/fields.rs and src/query/search.rs)

filter-prisoner-name = imię, jedno z innych imion lub imię na poczcie
filter-prisoner-status = detained, imprisoned, restricted, released lub deceased
filter-prisoner-org = nazwa organizacji lub jej skrót
filter-prisoner-role = rola, np. president
filter-prisoner-charge = jeden z zarzutów (artykułów)
filter-prisoner-facility = miejsce przetrzymywania, np. kolonia karna
filter-prisoner-sentence = wyrok tak, jak zapisano, np. "9 years"
filter-prisoner-notes = uwagi i okoliczności zwolnienia
filter-prisoner-interest = o czym więzień lubi czytać w listach
filter-prisoner-sponsor = jeden z opiekunów
filter-prisoner-reads = język, w którym czyta, np. reads:be
filter-prisoner-id = id wpisu
filter-prisoner-born = data urodzenia
filter-prisoner-detained = data aresztowania
filter-prisoner-sentenced = data wyroku
filter-prisoner-released = data zwolnienia
filter-prisoner-due = przewidywane zwolnienie, wpisane lub wyliczone
filter-prisoner-days = dni za kratami, wszystkie aresztowania łącznie (kolumna „Dni”), np. days:>1000
filter-prisoner-events = ile wydarzeń wymienia więźnia, np. events:0
filter-prisoner-statements = ile oświadczeń wymienia więźnia, np. statements:0
filter-prisoner-risk = powód szczególnego zagrożenia: health, disability, elderly (także według born), mental-health, isolation, incommunicado, terror-list lub other
filter-prisoner-moved = kiedy przeniesiono do innego miejsca przetrzymywania
filter-prisoner-news = dni bez otrzymanego listu, np. news:>60
filter-prisoner-letters = ile listów zapisano, np. letters:0
filter-prisoner-sent90 = listy wysłane w ostatnich 90 dniach, np. sent90:<3
filter-prisoner-unwritten = dni od wysłania ostatniego listu (lub od aresztowania), np. unwritten:>60
filter-event-title = tytuł
filter-event-kind = picket, rally, march, conference, meeting, vigil, letters, delivery, online lub other
filter-event-date = dzień lub dni wydarzenia
filter-event-city = miasto
filter-event-country = kraj
filter-event-venue = miejsce
filter-event-org = nazwa organizacji lub jej skrót
filter-event-prisoner = więzień wymieniony w wydarzeniu
filter-event-summary = streszczenie
filter-event-id = id wpisu
filter-statement-author = kto to powiedział lub napisał
filter-statement-role = rola autora
filter-statement-org = organizacja, w której imieniu mówiono, po nazwie lub skrócie
filter-statement-event = tytuł wydarzenia, na którym je złożono
filter-statement-prisoner = więzień wymieniony w oświadczeniu
filter-statement-text = słowa lub ich tłumaczenie
filter-statement-lang = kod języka, np. en, pt, be (pt znajduje też pt-BR)
filter-statement-kind = speech, letter, resolution, press, social, greeting, interview lub other
filter-statement-date = dzień wygłoszenia lub publikacji
filter-statement-id = id wpisu
filter-organisation-name = nazwa lub skrót
filter-organisation-short = skrót nazwy
filter-organisation-kind = rodzaj, np. union, federation
filter-organisation-country = kraj
filter-organisation-notes = uwagi
filter-organisation-id = id wpisu
filter-petition-title = tytuł
filter-petition-host = nazwa lub skrót gospodarza
filter-petition-opened = dzień otwarcia
filter-petition-closed = dzień zamknięcia
filter-petition-id = id wpisu
filter-letter-prisoner = więzień, do którego list poszedł lub od którego przyszedł
filter-letter-event = wydarzenie, na którym list napisano
filter-letter-by = kto go napisał lub odebrał
filter-letter-notes = uwagi
filter-letter-direction = sent, received lub returned
filter-letter-channel = post, courier, parcel, online lub other
filter-letter-date = dzień wysłania lub nadejścia
help-filter-fields = Pola filtra w „{ $tab }”, każde pisane pole:wartość (org:bkdp, days:>1000, -status:released):

form-date = data
form-direction = kierunek
form-count = ile
form-channel = sposób
form-by = kto
form-event = wydarzenie
form-notes = uwagi
form-until = do
form-note = uwaga
edit-letter = { $way ->
    [sent] wysłano
    [received] otrzymano
   *[returned] zwrócono
} { $n ->
    [1] list
   *[other] listów: { $n },
} { $way ->
    [sent] do:
    [received] od:
   *[returned] od:
} { $prisoner } { $date }
edit-checked = { $id }: sprawdzono { $date }
edit-released = { $id }: zwolniony { $date }
edit-delivered = petycja { $id } przekazana { $date }
edit-snooze = zadanie odłożone do { $until } ({ $item })
edits-none = nic
edits-letters = list do każdego z więźniów ({ $n }) { $date }
edits-snoozed = zadań odłożonych do { $until }: { $n }
edits-checked = więźniów sprawdzonych { $date }: { $n }
edits-changes = zmian: { $n }
form-title = Zapisz w pliku
form-foot = { $accept } zapisuje · { $next } następne pole · { $cancel } anuluje
form-writing = zapisywanie w pliku…
form-more = jeszcze { $n }
form-no-event = żadne wydarzenie nie pasuje
form-type-event = wpisz część id lub tytułu wydarzenia
form-count-empty = 1, gdy puste
form-log-one = Zapisz list: { $name }
form-log-many = Zapisz list do każdego z zaznaczonych więźniów ({ $n })
form-released = Zwolniony: { $name }
form-snooze = Odłóż: { $what }
ask-write = Zapisać w pliku: { $what }?
ask-or = { $a } lub { $b }
ask-yes = zapisz
ask-no = nie
ask-overdue = Termin zwolnienia { $name } minął. Co wiadomo?
ask-overdue-released = zwolniony: podaj datę
ask-overdue-edit = nowy zarzut lub wyrok: otwórz edytor przy wpisie
ask-overdue-checked = nic nowego: oznacz wpis jako sprawdzony dziś
ask-overdue-nothing = nic nie rób

say-not-loaded = pokazany plik nie jest tym na dysku: nic nie można zapisać, dopóki się nie wczyta
say-write-running = zapis jeszcze trwa
say-log-needs-prisoner = { $log } zapisuje list do wybranego więźnia (lub zaznaczonych przez { $mark }): wybierz w { $tab }
say-nothing-written = nic nie zapisano
say-not-after-today = nie później niż dziś ({ $today }): zadanie nie zostałoby odłożone
say-value-refused = nie zapisano: jedna z wartości odrzucona (zob. formularz)
say-writing = zapisywanie: { $what }…
say-checked-needs-prisoner = { $key } oznacza wybranego więźnia jako sprawdzonego dziś: wybierz w { $tab }
say-nothing-to-write = dla tego zadania nie ma czego zapisać: { $open } otwiera wpis, { $snooze } odkłada zadanie
say-agenda-only = { $key } { $does }: { $agenda } otwiera zadania
does-agenda-act = robi to, o co prosi zadanie
does-snooze = odkłada zadanie
say-nothing-chosen = w zadaniach nic nie wybrano
say-nothing-to-undo = nie ma czego cofać: w tej sesji nic nie zapisano
say-not-undone = nie cofnięto: plik zmienił się po tym zapisie (cofnij w edytorze)
say-undoing = cofanie: { $what }…
say-undone = cofnięto: plik jest taki jak przed zapisem „{ $what }”
say-wrote = zapisano: { $what } ({ $undo } cofa)
say-wrote-at = zapisano: { $what }, { $place } ({ $undo } cofa)
say-changed-meanwhile = plik zmienił się w tym czasie na dysku: nic nie zapisano; jest wczytywany ponownie, a zapis proponowany znowu
say-would-break = nie zapisano: plik stałby się błędny: { $first }
say-record-gone = wpisu, którego to dotyczyło, nie ma już w pliku: nic nie zapisano
say-marks-prisoners = zaznaczenia są dla więźniów: { $tab } ich otwiera
say-marked = zaznaczono: { $n }
say-pick-needs = { $key } wybiera losowego więźnia: { $tab } otwiera listę
say-nobody = żaden więzień nie jest pokazany: nie ma kogo wybrać
say-picked = wybrano { $name } spośród pokazanych ({ $shown }){ $why }
say-unmarked = zdjęto zaznaczenia: { $count }

print-summary = { $view }: { $count }, na dzień { $today } ({ $source })
print-matching = { $shown } z { $total } pasujących do { $filter }
print-sorted = sortowanie: { $sort }
print-empty-filtered = Żaden wpis ({ $lower }) nie pasuje do filtra.
print-agenda = { $agenda }: { $count }, na dzień { $today } ({ $source }), do { $last } ({ $days })
print-agenda-matching = { $shown } z { $of } pasujących do filtra
print-agenda-left-out = { $count } (pominięto odłożone: { $snoozed })

count-errors = { $n ->
    [one] { $count } błąd
    [few] { $count } błędy
   *[many] { $count } błędów
}
count-warnings = { $n ->
    [one] { $count } ostrzeżenie
    [few] { $count } ostrzeżenia
   *[many] { $count } ostrzeżeń
}
banner-hidden = { $file }: { $problems }, pliku nie można pokazać (szczegóły ukryte w trybie prezentacji)
banner-empty = { $file } jest pusty
banner-removed = { $file } usunięto
banner-nothing = nic do pokazania, dopóki plik się nie wczyta
banner-since = pokazana wersja z { $time }
banner-since-start = pokazana wersja wczytana na starcie
banner-problems = { $key } pokazuje wszystkie problemy
problems-title = Problemy: { $counts } w { $file } ({ $whose ->
    [unloaded] pokazany po poprawieniu i zapisaniu
    [saved] jak zapisany teraz, niepokazany
   *[shown] pokazana wersja
})
problems-keys-scroll = { $down } przewija · { $edit } poprawia pierwszy · { $close } zamyka
problems-keys = { $edit } otwiera edytor przy pierwszym problemie · { $close } zamyka
## check: what the loader says of a file (`check`, the problems' view).
## $label names the record: prisoners[3] "yarashuk"; $key a key of the
## file, which stays English.
check-found-text = tekst "{ $text }"
check-found-integer = liczbę całkowitą { $value }
check-found-number = liczbę { $value }
check-found-boolean = wartość logiczną { $value }
check-found-date-time = datę z godziną { $value }
check-found-date = datę { $value }
check-found-time = godzinę { $value }
check-found-list = listę
check-found-table = tabelę
check-missing-key = { $label }: brak wymaganego klucza `{ $key }`
check-missing-key-help = dodaj `{ $key } = { $example }` do tego wpisu
check-misplaced-top-key-help = `{ $key }` należy do najwyższego poziomu pliku, ale tutaj jest czytany jako część { $label }; zapisz jego wpisy jako bloki `[[{ $key }]]` albo przenieś go nad pierwszy nagłówek
check-keys-of = klucze { $what } to: { $keys }
check-unknown-key = { $label }: nieznany klucz `{ $key }`
check-put-in-quotes = ujmij wartość w cudzysłów: `{ $key } = "{ $value }"`
check-expected-text = tekstem w cudzysłowie
check-wrong-type = { $label }: `{ $key }` musi być { $expected }, znaleziono { $found }
check-empty = { $label }: wartość `{ $key }` jest pusta
check-empty-help = wpisz wartość `{ $key }` między cudzysłowy
check-item-link = linkiem
check-items-link = linków
check-item-text = tekstem
check-items-text = tekstów
check-item-language = kodem języka
check-items-language = kodów języków
check-item-name = nazwą
check-items-name = nazw
check-item-organisation-id = id wpisu [[organisations]]
check-items-organisation-id = id wpisów [[organisations]]
check-item-prisoner-id = id wpisu [[prisoners]]
check-items-prisoner-id = id wpisów [[prisoners]]
check-item-event-id = id wpisu [[events]]
check-items-event-id = id wpisów [[events]]
check-item-wrong-type = { $label }: element { $n } w `{ $key }` musi być { $what } w cudzysłowie, znaleziono { $found }
check-single-text = { $label }: `{ $key }` musi być listą { $what }, znaleziono pojedynczy tekst
check-single-text-help = ujmij go w nawiasy kwadratowe: `{ $key } = ["{ $value }"]`
check-expected-list = listą { $what }, np. ["…", "…"]
check-no-such-day = { $label }: `{ $key }`: nie ma dnia { $date }
check-date-not-date-time = { $label }: `{ $key }` to data, a nie data z godziną
check-write = wpisz `{ $value }`
check-date-not-time = { $label }: `{ $key }` to data, a znaleziono godzinę { $time }
check-date-not-time-help = wpisz datę, np. `2023-04-19`
check-not-a-date = { $label }: `{ $key }`: "{ $value }" nie jest datą
check-no-such-day-in-calendar = { $label }: `{ $key }`: w kalendarzu nie ma dnia { $date }
check-year-as-integer = { $label }: `{ $key }` musi być datą, znaleziono liczbę całkowitą { $year }
check-year-as-integer-help = sam rok zapisuje się w cudzysłowie: `{ $key } = "{ $year }"`
check-expected-partial-date = datą, np. 2023-04-19 (albo "2023-04", "2023")
check-expected-date = datą, np. 2023-04-19
check-needs-full-date-month = { $label }: `{ $key }` wymaga pełnej daty (YYYY-MM-DD); "{ $date }" podaje tylko miesiąc
check-needs-full-date-year = { $label }: `{ $key }` wymaga pełnej daty (YYYY-MM-DD); "{ $date }" podaje tylko rok
check-needs-full-date-required = dopisz też dzień: jest wymagany
check-needs-full-date-optional = dopisz też dzień; jeśli nie jest znany, pomiń `{ $key }`
check-remove-spaces = usuń spacje: "{ $value }"
check-year-first = daty zapisuje się od roku: `{ $date }`, jeśli chodziło o dzień { $day } miesiąca { $month }
check-date-shape-partial = zapisz datę jako YYYY-MM-DD (np. `2022-04-19`) albo "YYYY-MM" lub "YYYY", gdy znany jest tylko miesiąc lub rok
check-date-shape = zapisz datę jako YYYY-MM-DD, np. `2022-04-19`
check-month-has-days = { $month ->
    [1] styczeń
    [2] luty
    [3] marzec
    [4] kwiecień
    [5] maj
    [6] czerwiec
    [7] lipiec
    [8] sierpień
    [9] wrzesień
    [10] październik
    [11] listopad
   *[12] grudzień
} { $year } ma { $days ->
    [one] { $days } dzień
    [few] { $days } dni
   *[many] { $days } dni
}
check-before = { $label }: `{ $later_key }` ({ $later }) jest wcześniej niż `{ $earlier_key }` ({ $earlier })
check-expected-count = liczbą całkowitą większą od 0
check-expected-whole-number = liczbą całkowitą (0 lub więcej)
check-number-without-quotes = wpisz liczbę bez cudzysłowu: `{ $key } = { $value }`
check-too-large = { $label }: wartość `{ $key }` jest za duża
check-largest = największa dozwolona wartość to { $max }
check-not-a-number = { $label }: `{ $key }`: `{ $value }` nie jest liczbą
check-not-a-number-help = wpisz liczbę całkowitą, np. `{ $key } = { $example }` (po 0x, 0o lub 0b muszą następować cyfry)
check-negative = { $label }: wartość `{ $key }` nie może być ujemna, znaleziono { $value }
check-below-one = { $label }: wartość `{ $key }` musi wynosić co najmniej 1, znaleziono { $value }
check-too-large-value = { $label }: wartość `{ $key }` jest za duża ({ $value })
check-missing-choice-help = dodaj wiersz `{ $key } = "…"` z jedną z wartości: { $choices }
check-expected-choice = jedną z wartości { $choices } w cudzysłowie
check-not-a-choice = { $label }: `{ $key }` musi być jedną z wartości { $choices }; znaleziono "{ $value }"
check-item-not-a-choice = { $label }: każdy element `{ $key }` musi być jedną z wartości { $choices }; znaleziono "{ $value }"
list-and = { $init } i { $last }
check-record-not-table = { $section }[{ $n }] musi być wpisem (tabelą kluczy), znaleziono { $found }
check-record-not-table-help = zapisz każdy wpis pod jego własnym nagłówkiem `[[{ $section }]]`
check-section-single-table = `{ $section }` musi być listą wpisów, każdy pod własnym nagłówkiem `[[{ $section }]]`; znaleziono pojedynczą tabelę `[{ $section }]`
check-section-single-table-help = zapisz nagłówek w podwójnych nawiasach: `[[{ $section }]]`
check-section-wrong-type = `{ $section }` musi być listą wpisów zapisanych jako bloki `[[{ $section }]]`, znaleziono { $found }
check-section-wrong-type-help = zaczynaj każdy wpis od wiersza nagłówka `[[{ $section }]]`
check-no-campaign = brak tabeli `[campaign]`
check-no-campaign-help = każdy plik kampanii ją ma, co najmniej:
    { $example }
check-campaign-list = `campaign` musi być pojedynczą tabelą zapisaną jako `[campaign]`, znaleziono listę tabel `[[campaign]]`
check-campaign-list-help = zapisz nagłówek w pojedynczych nawiasach, jeden raz: `[campaign]`
check-campaign-wrong-type = `campaign` musi być tabelą zapisaną jako `[campaign]`, znaleziono { $found }
check-campaign-wrong-type-help = wpisz wiersz nagłówka `[campaign]`, a pod nim `name = "…"`
check-what-organisation = wpisu [[organisations]]
check-what-prisoner = wpisu [[prisoners]]
check-what-letter = wpisu [[letters]]
check-what-snooze = wpisu [[snoozed]]
check-what-facility = wpisu [[facilities]]
check-what-event = wpisu [[events]]
check-what-statement = wpisu [[statements]]
check-what-petition = wpisu [[petitions]]
check-what-tally = stanu podpisów
check-what-entry = wpisu `{ $key }`
check-what-top-level = najwyższego poziomu pliku kampanii
check-released-but-status = { $label }: podano `released` ({ $date }), ale `status` to "{ $status }"
check-released-but-status-help = ustaw `status = "released"` (lub "deceased") albo usuń `released`
check-verdict-before-arrest-help = wyrok nie może zapaść przed aresztowaniem; sprawdź obie daty
check-release-before-arrest-help = zwolnienie nie może nastąpić przed aresztowaniem; sprawdź obie daty
check-after-today = { $label }: `{ $key }` ({ $date }) przypada po dniu dzisiejszym ({ $today })
check-detained-after-today-help = dziś to { $today } według { $source }; sprawdź rok w `detained`
check-due-and-months = { $label }: nie można podać jednocześnie `release_due` i `sentence_months`
check-due-and-months-help = zostaw `release_due` dla daty podanej przez sąd lub kampanię albo `sentence_months`, by oszacować ją z `detained`
check-release-overdue = { $label }: zwolnienie miało nastąpić { $due }{ $estimate ->
    [yes] {" "}(zatrzymanie + `sentence_months`)
   *[no] {""}
}, { $n ->
    [one] { $days } dzień
    [few] { $days } dni
   *[many] { $days } dni
} temu (dziś { $today }), ale `status` to "{ $status }"
check-release-overdue-help = sprawdź, czy nie ma nowego zarzutu, lub zaktualizuj wpis; w zadaniach jest to zaległe zwolnienie
check-expected-entries = listą tabel (każda pod nagłówkiem `[[prisoners.{ $key }]]` po swoim więźniu) albo [{ $example }]
check-entry-not-table = { $label }: { $key }[{ $n }] musi być tabelą, np. { $example }, znaleziono { $found }
check-entry-not-table-help = zapisz go pod nagłówkiem `[[prisoners.{ $key }]]` po wpisie więźnia
check-custody-and-own = { $label }: `{ $key }` podano i przy więźniu, i w `custody`; `{ $key }` bierze się z `custody`: przenieś go tam
check-custody-and-own-help = usuń tutaj `{ $key }` i podaj go w ostatnim wpisie `custody` (`{ $key } = "…"` pod jego `[[prisoners.custody]]`), bo tam więzień jest teraz
check-custody-order = { $label }: `since` ({ $since }) jest wcześniej niż w custody[{ $n }] ({ $before }), wpisie powyżej
check-custody-order-help = wymień miejsca od najstarszego, w kolejności, w jakiej więzień w nich przebywał; sprawdź obie daty
check-custody-before-arrest-help = pierwsze miejsce przetrzymywania to to, do którego więzień trafił przy aresztowaniu; sprawdź obie daty
check-custody-after-release = { $label }: `since` ({ $since }) jest później niż `released` ({ $released })
check-custody-after-release-help = `custody` wymienia miejsca obecnego aresztowania aż do zwolnienia; sprawdź daty albo zapisz zakończone aresztowanie w `earlier`
check-earlier-overlap = { $label }: to aresztowanie ({ $from } – { $to }) nakłada się na earlier[{ $n }] ({ $before_from } – { $before_to }), wpis powyżej
check-earlier-overlap-help = wcześniejsze aresztowania wymienia się od najstarszego, a każde kończy się, zanim zacznie się następne; sprawdź daty
check-earlier-after-arrest = { $label }: `released` ({ $released }) jest później niż `detained` ({ $detained }), czyli data obecnego aresztowania
check-earlier-after-arrest-help = `earlier` wymienia aresztowania zakończone przed obecnym; sprawdź daty
check-letter-after-today-help = dziś to { $today } według { $source }; list zapisuje się, gdy został wysłany lub dotarł
check-language-code = { $label }: `languages`: "{ $value }" nie jest kodem ISO 639-1
check-language-code-help = wpisz dwie małe litery: be (białoruski), ru (rosyjski), uk, pl, en, de, …
check-facility-twice = { $label }: `name` wskazuje placówkę podaną już wyżej
check-facility-twice-help = połącz oba wpisy: liczą się tylko guidance i transit_days pierwszego z nich
check-facility-unmatched = { $label }: `name` nie pasuje do placówki żadnego więźnia
check-facility-unmatched-help = zapisz nazwę tak, jak zapisuje ją `facility` lub `custody.facility` więźnia (wielkość liter, akcenty i alfabet nie mają znaczenia)
check-letter-after-release = { $label }: list wysłany { $date } do "{ $prisoner }", choć zwolnienie nastąpiło { $released }
check-letter-after-release-help = sprawdź datę lub więźnia: listy trafiają do tych, którzy wciąż są za kratami
check-kept-address = adres
check-kept-notes = uwagi
check-kept-writers = { $n ->
    [one] autora listu
    [few] autorów { $count } listów
   *[many] autorów { $count } listów
} (`by`)
check-kept-remove = usuń { $keys } z wpisu (i z jego miejsc przetrzymywania)
check-kept-remove-and-by = usuń { $keys } z wpisu (i z jego miejsc przetrzymywania), a `by` z { $n ->
    [one] listu
    [few] { $count } listów
   *[many] { $count } listów
} do tego więźnia
check-kept-remove-by = usuń `by` z { $n ->
    [one] listu
    [few] { $count } listów
   *[many] { $count } listów
} do tego więźnia
check-kept-past-release = { $label }: zwolnienie { $released }, ponad { $n ->
    [one] { $days } dzień
    [few] { $days } dni
   *[many] { $days } dni
} temu, a plik wciąż przechowuje { $kept }
check-kept-help = { $remove }; `campaign-dash strip` zapisuje kopię bez nich. `retain_days` w [campaign] określa, jak długo mogą zostać (teraz { $days }); `retention_warnings = false` w ustawieniach wyłącza to ostrzeżenie
check-event-end-help = `date` to pierwszy dzień, a `end` ostatni; sprawdź oba
check-both-dates = sprawdź obie daty
check-expected-tallies = listą stanów podpisów, np. [{ $example }]
check-tally-not-table = { $label }: counts[{ $n }] musi być stanem podpisów, np. { $example }, znaleziono { $found }
check-two-tallies = { $label }: dwa stany podpisów na { $date } ({ $first } i { $second })
check-two-tallies-help = zostaw jeden stan podpisów na każdą datę
check-tally-down = { $label }: liczba podpisów spada z { $from } ({ $from_date }) do { $to } ({ $to_date })
check-tally-down-help = podpisów pod petycją może tylko przybywać; sprawdź liczby i daty
## $source: where today comes from.
check-today-source = { $source ->
    [flag] opcji --today
    [as-of] `as_of` w [campaign]
   *[system] daty systemowej
}
check-file-empty = plik jest pusty
check-file-blank = plik jest pusty: zawiera tylko białe znaki
check-file-empty-help = plik kampanii zawiera co najmniej:
    { $example }
check-odd-blank = niepoprawny TOML: plik zawiera tylko białe znaki, w tym { $code }, którego TOML nie uznaje za odstęp (dozwolone są tylko spacje, tabulatory i końce wierszy)
check-odd-blank-help = usuń ten znak; plik kampanii zawiera co najmniej:
    { $example }
check-too-much-structure = plik ma za dużo kluczy, wartości i tabel, by go wczytać: około { $marks }, a wczytywanych jest najwyżej { $max }
check-too-much-structure-help = kampania z 20 000 więźniów, 20 000 wydarzeń i 40 000 oświadczeń ma ich około 1 200 000; sprawdź, czy to na pewno plik kampanii, a nie coś innego
check-newer-format = ten plik wymaga nowszego campaign-dash: ma format { $format }, a ten campaign-dash czyta format { $reads }
check-newer-format-help = zainstaluj nowszy campaign-dash
check-format-below-one = `format` musi wynosić 1 lub więcej, znaleziono { $value }
check-format-help = wpisz `format = { $format }` albo pomiń ten klucz
check-format-not-number = `format` musi być liczbą całkowitą, znaleziono `{ $value }`
check-format-huge = ten plik wymaga nowszego campaign-dash: jego `format` to bardzo duża liczba
check-format-wrong-type = `format` musi być liczbą całkowitą, znaleziono { $found }
check-format-wrong-type-help = wpisz `format = { $format }`, bez cudzysłowu
check-stale-snooze = { $label }: `item` nie pasuje do żadnego zadania, a termin `until` ({ $until }) minął
check-stale-snooze-help = zadanie wykonano lub zniknęło: usuń ten wpis [[snoozed]] (albo porównaj UID z `print --view agenda --format csv`)
check-top-level = najwyższy poziom
check-syntax-no-such-day = `{ $key }`: w kalendarzu nie ma dnia { $date }
check-nested-too-deep = niepoprawny TOML: wartości są zagnieżdżone głębiej niż na { $max } poziomów
check-invalid-toml = niepoprawny TOML: { $message }
check-duplicate-key-help = klucz może wystąpić w tabeli tylko raz; każdy wpis sekcji zaczyna się od własnego nagłówka `[[section]]`
check-unquoted-help = ujmij tekst w podwójny cudzysłów: `key = "text"`
check-nested-too-deep-help = listy, tabele wewnętrzne lub klucze z kropkami mogą mieć najwyżej { $max } poziomów zagnieżdżenia; plikowi kampanii wystarczą najwyżej trzy
check-invalid-date-help = sprawdź miesiąc i dzień: daty zapisuje się jako YYYY-MM-DD
check-unclosed-header-help = nagłówek zapisuje się w jednym wierszu: `[[prisoners]]`, `[campaign]`
check-id-empty = jest puste
check-id-too-long = jest za długie (znaków: { $length }, najwyżej { $max })
check-id-characters = może zawierać tylko małe litery a-z, cyfry, `-` i `_` oraz musi zaczynać się literą lub cyfrą
check-id-example = na przykład `yarashuk` lub `bkdp-2022`
check-bad-id = { $label }: id "{ $id }" { $why }
check-duplicate-id = { $label }: powtórzone id `{ $id }`, już użyte przez { $first } w wierszu { $line }
check-duplicate-id-help = id w [[{ $section }]] muszą być niepowtarzalne; zmień jedno z nich
check-ref-list = { $label }: `{ $key }` wskazuje jeden wpis [[{ $section }]] przez jego id, znaleziono listę
check-ref-list-help = wpisz jedno id: `{ $key } = "…"`
check-expected-ref = id wpisu [[{ $section }]] w cudzysłowie
check-no-ids-yet = żaden wpis [[{ $section }]] nie ma jeszcze id; nadaj jednemu z nich `id = "{ $id }"`
check-ids-are = id wpisów [[{ $section }]] to: { $ids }
check-unknown-ref = { $label }: `{ $key }` wskazuje "{ $id }", ale to nie jest id żadnego wpisu [[{ $section }]]
check-did-you-mean = czy chodziło o `{ $word }`?
check-error = błąd
check-warning = ostrzeżenie
check-help = wskazówka
check-more-errors = { $n ->
    [one] jeszcze { $count } błąd
    [few] jeszcze { $count } błędy
   *[many] jeszcze { $count } błędów
}
check-more-warnings = { $n ->
    [one] jeszcze { $count } ostrzeżenie
    [few] jeszcze { $count } ostrzeżenia
   *[many] jeszcze { $count } ostrzeżeń
}
check-omitted = … oraz { $what } poza listą: pokazano tylko { $max } pierwszych problemów
check-summary-clean = { $file }: nie znaleziono problemów
check-summary-warnings = { $file }: wczytuje się, ale ma { $warnings }
check-summary-errors = { $file }: znaleziono { $errors }; pliku nie można wczytać, dopóki { $n ->
    [one] błąd nie zostanie poprawiony
    [few] błędy nie zostaną poprawione
   *[many] błędy nie zostaną poprawione
}
check-summary-both = { $file }: znaleziono { $errors } i { $warnings }; pliku nie można wczytać, dopóki błędy nie zostaną poprawione
check-conflict-markers = plik zawiera znaczniki konfliktu scalania (wiersze { $from }-{ $to }): rozwiąż je albo scal poleceniem campaign-dash merge
check-conflict-markers-help = zostaw jedną stronę każdego konfliktu i usuń wiersze znaczników (<<<<<<<, =======, >>>>>>>), potem zapisz plik; w git ustaw campaign-dash jako sterownik scalania (zob. przewodnik), aby konflikt powstawał tylko wtedy, gdy klucz zmieniono po obu stronach
## Why a file cannot be read: read-cannot holds one of the others as $why.
read-cannot = nie można odczytać { $path }: { $why }
read-not-found = nie ma takiego pliku (`campaign-dash init { $path }` zapisze tam plik startowy)
read-directory = to katalog, a nie plik kampanii
read-kind-fifo = potok nazwany (FIFO)
read-kind-socket = gniazdo
read-kind-device = urządzenie
read-kind-special = plik specjalny
read-not-a-file = to { $kind }, a nie plik kampanii; podaj ścieżkę zwykłego pliku
read-too-large = ma { $size } (bajtów: { $bytes }), więcej niż dopuszczalne dla pliku kampanii { $max }
read-grew = w trakcie odczytu urósł ponad dopuszczalne dla pliku kampanii { $max }
read-wrong-encoding = ten plik jest w kodowaniu { $encoding }; zapisz go jako UTF-8
read-encrypted = jest zaszyfrowany programem age; `campaign-dash decrypt { $path } -o FILE` go otwiera (z hasłem lub tożsamością age)
read-not-utf8 = to nie jest tekst UTF-8 (bajt { $byte } w wierszu { $line }, kolumnie { $column }; przesunięcie w bajtach: { $offset }); zapisz go jako UTF-8
read-not-utf8-at = to nie jest tekst UTF-8 (bajt { $byte }; przesunięcie w bajtach: { $offset }); zapisz go jako UTF-8
read-permission = brak dostępu (sprawdź uprawnienia pliku)
read-not-found-settings = nie ma takiego pliku (`campaign-dash config --default > { $path }` zapisze go tam)
read-directory-settings = to katalog, a nie plik ustawień
read-not-a-file-settings = to { $kind }, a nie plik ustawień; podaj ścieżkę zwykłego pliku

## The status line: copying, the editor, moving about.
say-no-record-selected = nie wybrano wpisu: lista jest pusta
say-no-problem-to-open = brak problemu do otwarcia
say-nothing-to-copy = nie ma tu czego kopiować: wybierz wpis na liście
say-copied-lines-cut = wiersze: pierwsze { $kept } z { $count }
say-copied-lines = { $n ->
    [one] { $count } wiersz
    [few] { $count } wiersze
   *[many] { $count } wierszy
}
say-copied-record = skopiowano do schowka: { $name } ({ $lines })
say-envelope-needs-prisoners = { $key } kopiuje kopertę więźnia: { $tab } otwiera listę więźniów
say-addresses-hidden = w trybie prezentacji adresy są ukryte: nic nie skopiowano
say-no-prisoner-selected = nie wybrano więźnia
say-no-address = { $name }: brak adresu w pliku, nic nie skopiowano
## $from: where the name on the envelope comes from.
say-copied-envelope = skopiowano kopertę: { $name }{ $from ->
    [alias] {" "}(imię: pierwsze z innych imion cyrylicą)
    [name] {" "}(imię jak zapisane: brak postal_name)
   *[postal] {""}
}
say-envelopes-without-address = { $n ->
    [one] { $count } więzień bez adresu w pliku
    [few] { $count } więźniów bez adresu w pliku
   *[many] { $count } więźniów bez adresu w pliku
}
say-envelopes-without-postal-name = { $n ->
    [one] { $count } bez postal_name
    [few] { $count } bez postal_name
   *[many] { $count } bez postal_name
}
say-no-marked-address = żaden zaznaczony więzień nie ma adresu w pliku: nic nie skopiowano
say-copied-envelopes = skopiowano do schowka koperty { $n ->
    [one] { $count } zaznaczonego więźnia
    [few] { $count } zaznaczonych więźniów
   *[many] { $count } zaznaczonych więźniów
}{ $notes }
say-overview-one-pane = przegląd ma jeden panel: 2-6 lub ←/→ otwierają listę
say-list-empty-no-detail = lista jest pusta: brak szczegółów do pokazania
say-no-links = ten wpis nie ma linków
say-no-link-on-screen = brak linku na ekranie: { $keys } wybiera link
say-filter-off-to-show = filtr `{ $filter }` wyłączono, aby pokazać ten wpis; f włącza go znowu
say-presenting = tryb prezentacji, ukryte: { $hidden }; { $key } znów pokazuje wszystko
say-presenting-off = tryb prezentacji wyłączony: widać wszystkie pola
say-sort-unchanged = sortowanie bez zmian
say-no-filter = ta lista nie ma filtra: { $key } pozwala go wpisać
say-filter-waiting = szukanie trafień filtra: chwileczkę
say-no-match = brak trafień
say-no-zoom = w przeglądzie nie ma panelu do powiększenia: { $tabs } otwierają listę
say-zoom-too-narrow = terminal jest za wąski na listę i szczegóły obok siebie
say-zoom-off = lista i szczegóły obok siebie
say-zoom-list = lista na całym ekranie: { $key } przywraca oba panele
say-zoom-detail = szczegóły na całym ekranie: { $key } przywraca oba panele
say-no-sort = w przeglądzie nie ma listy do sortowania: { $tabs } otwierają listę
say-sort-by = sortuj według:
say-no-such-sort-letter = żadna kolumna nie ma litery { $letter }: sortowanie bez zmian
## $column: the sort's name as `--sort` takes it (English).
say-sorted = sortowanie: { $column } { $descending ->
    [yes] ▼ malejąco
   *[no] ▲ rosnąco
}
say-own-order = lista we własnej kolejności
say-agenda-nothing-to-open = w zadaniach nie ma czego otworzyć
say-nothing-to-go-back-to = nie przechodzono po linkach: nie ma dokąd wrócić
say-overview-nothing-to-choose = w przeglądzie nie ma czego wybrać
say-overview-nothing-to-open = w przeglądzie nie ma czego otworzyć
hidden-addresses = adresy
hidden-birthdays = urodziny
hidden-letter-writers = autorzy listów
hidden-notes = uwagi
hidden-risk-tags = przyczyny zagrożenia
hidden-sponsors = opiekunowie
present-hiding = { $marker }: ukrywanie danych ({ $hidden })…
check-jump-note = Aby przejść do problemu: edytory otwierają FILE:LINE:COL tak, jak podano (vim +LINE FILE, code -g FILE:LINE:COL);
    w interfejsie ! pokazuje listę problemów, a e otwiera $VISUAL lub $EDITOR przy pierwszym z nich.
check-places-note = tryb prezentacji: tylko miejsce każdego problemu; jego komunikat i wiersz pliku nie są pokazywane, bo mogą cytować dowolne pole (adres, uwagę). Bez --present (lub w interfejsie, gdy p wyłączy tryb prezentacji) są pokazywane.
check-info = informacja
postal-more = jeszcze { $count }
postal-by-alias = { $n ->
    [one] { $count } więźnia
    [few] { $count } więźniów
   *[many] { $count } więźniów
} pierwszym innym imieniem cyrylicą ({ $ids })
postal-by-name = { $n ->
    [one] { $count } więźnia
    [few] { $count } więźniów
   *[many] { $count } więźniów
} imieniem, jak je zapisano, bo brak innego imienia cyrylicą ({ $ids })
postal-note = brak postal_name: koperty nazywają { $names }; wpisz postal_name tak, jak wymaga poczta więzienna
say-no-editor = brak edytora: ustaw $VISUAL lub $EDITOR (np. export EDITOR=nano), by { $key } otwierał plik
say-editor-not-opened = nie otwarto w edytorze: { $why }
say-editor-failed = nie udało się uruchomić edytora { $editor }: { $why }
say-editor-ended-kept = edytor { $editor } zakończył się z { $status }: plik jest jak był
say-editor-ended = edytor { $editor } zakończył się z { $status }
say-edited-copy-unread = nie udało się odczytać edytowanej kopii ({ $why }): plik jest jak był
say-editor-unchanged = nic nie zmieniono w edytorze
ask-edit-again = Edytowany plik ma { $errors } i nie można go zaszyfrować z powrotem. Edytować ponownie? [Y/n]
say-edit-not-kept = zmiana miała błędy i nie została zachowana: plik jest jak był
say-edit-not-sealed = nie zapisano: plik jest zaszyfrowany, a { $why }
say-edit-kept-beside = nie zapisano na pliku: zmienił się na dysku podczas edycji; twoja zmiana jest zachowana, zaszyfrowana, w { $side } (campaign-dash diff je porównuje)
say-edit-lost-beside = nie zapisano: plik zmienił się na dysku podczas edycji, a { $side } nie dało się zapisać: { $why }
say-edit-sealed = zmianę zaszyfrowano z powrotem w pliku
say-not-written = nie zapisano: { $why }
say-record-line-not-found = nie znaleziono wiersza wpisu: otwarto na początku
say-copy-failed = nie udało się skopiować: { $why }
## The settings file's problems (campaign-dash config); the keys and names in backticks stay as written.
settings-invalid-toml-help = cały plik jest pomijany: obowiązują wszystkie ustawienia domyślne
settings-must-be-bool = `{ $key }` musi mieć wartość true lub false
settings-identity = `identity` to ścieżka do pliku tożsamości age, w cudzysłowie: "~/.config/campaign-dash/key.txt"
settings-lang = `lang` to jedna z wartości { $codes }
settings-since = `since` to rewizja git lub dzień, w cudzysłowie: "HEAD~1", "2026-11-30"
settings-known = znane: { $names }
settings-unknown-setting = nieznane ustawienie `{ $name }`
settings-unknown-theme = nieznany motyw `{ $name }`
settings-unknown-role = nieznana rola koloru `{ $name }`
settings-unknown-action = nieznane działanie `{ $name }`
settings-unknown-filter-action = nieznane działanie wiersza filtra `{ $name }`
settings-unknown-list = nieznana lista `{ $name }`
settings-unknown-column = nieznana kolumna `{ $name }` listy { $list }
settings-must-be-table = `{ $name }` musi być tabelą: nagłówkiem `[{ $name }]` z kluczami pod nim
settings-must-be-names = `{ $name }` musi być listą nazw w cudzysłowie, np. ["j", "down"]
settings-theme-one-of = motyw musi być jedną z wartości { $names } w cudzysłowie
settings-not-a-colour = `{ $role }`: `{ $value }` nie jest kolorem
settings-colour-help = kolor to nazwa (red, blue, lightgreen, darkgray, ...), numer jednego z 256 kolorów (0-255) lub #rrggbb
settings-colour-in-quotes = `{ $role }` musi być kolorem w cudzysłowie
settings-key-taken = `{ $action }`: klawisz `{ $key }` jest już przypisany do `{ $first }`
settings-key-taken-help = przypisz każdy klawisz tylko do jednego działania
settings-unknown-key = `{ $action }`: nieznany klawisz `{ $key }`
settings-key-names = klawisz to znak ("j", "G", "?") albo enter, esc, tab, backtab, up, down, left, right, home, end, pageup, pagedown, backspace, delete; może go poprzedzać "ctrl-" lub "alt-"
settings-no-keys = `{ $action }` nie ma klawiszy; pomiń je, aby zachować domyślne klawisze
settings-last-key = `{ $by }` zabiera ostatni klawisz działaniu `{ $other }`, któremu nie zostaje żaden
settings-last-key-help = przypisz `{ $other }` własny klawisz w [{ $section }]
settings-column-twice = `{ $list }`: `{ $column }` podano dwa razy
settings-no-column = `{ $list }` nie pokazuje żadnej kolumny: pokazywane są wszystkie
settings-summary = { $file }: { $errors } i { $warnings }; każdy problem jest pomijany, a zamiast niego obowiązuje wartość domyślna
settings-none = brak pliku ustawień w { $place }: obowiązują wszystkie ustawienia domyślne.
    `campaign-dash config --default > { $place }` zapisze plik, który można potem zmienić.
settings-left-out = ustawienia: { $n ->
    [one] pominięto { $count } problem (campaign-dash config go wymienia)
    [few] pominięto { $count } problemy (campaign-dash config je wymienia)
   *[many] pominięto { $count } problemów (campaign-dash config je wymienia)
}
settings-unreadable = ustawienia: nie udało się odczytać pliku; obowiązują ustawienia domyślne
## The commands' own lines (diff, merge, encrypt, decrypt, strip, print, import, log, man); options and commands in them stay as typed.
cli-diff-format = diff zapisuje text, markdown lub json, a nie { $format }
cli-envelopes-presenting = tryb prezentacji ukrywa adresy: w trybie prezentacji nie można drukować kopert
cli-warnings-note = { $file }: { $warnings } (campaign-dash check { $file } { $n ->
    [one] je wymienia
    [few] je wymienia
   *[many] je wymienia
})
cli-diff-which = wersję wskazuje --git lub --since
cli-diff-one-file = --git i --since porównują jeden plik z jego wcześniejszą wersją: podaj jeden plik
cli-diff-two-files = diff porównuje dwa pliki: campaign-dash diff OLD NEW (albo --git REV FILE)
cli-git-not-utf8 = git { $command }: to nie jest tekst UTF-8
cli-git-missing = nie znaleziono programu git: zainstaluj git albo porównaj dwa pliki (campaign-dash diff OLD NEW)
cli-git-not-run = nie udało się uruchomić git: { $reason }
cli-no-commit-before = brak commita z { $file } sprzed { $day }
cli-cannot-read = nie można odczytać { $file }: { $reason }
cli-side-not-loading = { $file } się nie wczytuje, więc nie jest porównywany wpis po wpisie:
cli-output-failed = nie udało się zapisać wyniku: { $reason }
cli-no-default-file = w tym katalogu nie ma { $file }.
    Podaj plik kampanii (`campaign-dash FILE`) albo zapisz plik startowy poleceniem `campaign-dash init`.
cli-nothing-merged = Niczego nie scalono.
cli-merge-side-broken = wersja { $side } ({ $file }) się nie wczytuje, więc niczego nie scalono: popraw ją albo scal ręcznie
cli-merge-layout = wersji { $side } ({ $file }) nie da się scalić wpis po wpisie: { $why }. Niczego nie scalono: scal ręcznie
cli-could-not-write = nie udało się zapisać { $file }: { $reason }
cli-conflicts-left = w { $file } { $n ->
    [one] został { $count } konflikt
    [few] zostały { $count } konflikty
   *[many] zostało { $count } konfliktów
}: zostaw jedną stronę każdego z nich i usuń wiersze znaczników (<<<<<<<, =======, >>>>>>>), potem uruchom `campaign-dash check`
cli-merged-broken = scalony plik się nie wczytuje (każda wersja osobno była w porządku): popraw go w { $file }
cli-passphrase-command-not-run = nie udało się uruchomić --passphrase-command: { $reason }
cli-passphrase-command-failed = --passphrase-command zakończyło się błędem ({ $status }): nic nie zrobiono
cli-passphrase-not-utf8 = --passphrase-command podało hasło, które nie jest tekstem UTF-8
cli-passphrase-for = Hasło do { $file }
cli-passphrase-no-terminal = brak terminala, w którym można zapytać o hasło: podaj --passphrase-command CMD
cli-passphrase-again = To samo jeszcze raz, dla pewności
cli-passphrase-unreadable = nie udało się odczytać hasła: { $reason }
cli-passphrases-differ = oba hasła się różnią: nic nie zapisano
cli-passphrase-empty = hasło jest puste: nic nie zrobiono
cli-no-public-key = { $file } nie zawiera żadnego klucza publicznego
cli-encrypt-to-whom = dla kogo zaszyfrować? podaj -r RECIPIENT (age1…), -R FILE lub --passphrase
cli-could-not-encrypt = nie udało się zaszyfrować: { $reason }
cli-not-encrypted = { $file } się nie wczytuje: niczego nie zaszyfrowano
cli-exists = { $file } już istnieje: nic nie zapisano (--force go zastępuje)
cli-encrypted-passphrase = zapisano { $out }, zaszyfrowany hasłem. { $file } nadal leży jako tekst jawny: gdy `campaign-dash decrypt { $out }` otworzy nowy plik, usuń { $file } (i jego kopie: w kopiach zapasowych, w synchronizowanym katalogu, w historii git).
cli-encrypted-keys = zapisano { $out }, zaszyfrowany dla { $n ->
    [one] { $count } klucza publicznego
    [few] { $count } kluczy publicznych
   *[many] { $count } kluczy publicznych
}. { $file } nadal leży jako tekst jawny: gdy `campaign-dash decrypt { $out }` otworzy nowy plik, usuń { $file } (i jego kopie: w kopiach zapasowych, w synchronizowanym katalogu, w historii git).
cli-plaintext-terminal = tekst jawny nie jest zapisywany do terminala (zostałby w jego historii przewijania): podaj -o OUT albo przekaż go potokiem (|)
cli-cannot-decrypt = nie można odszyfrować { $file }: { $reason }
cli-decrypted = zapisano { $out }: tekst jawny { $file }, który możesz czytać tylko ty. Usuń go, gdy skończysz.
cli-strip-unsound = oczyszczona kampania nie byłaby tą samą listą (błąd campaign-dash): nic nie zapisano
cli-stripped = zapisano { $out }: { $n ->
    [one] { $count } więzień
    [few] { $count } więźniów
   *[many] { $count } więźniów
}, usunięto: { $hidden } (oraz komentarze pliku)
cli-print-evening-format = --view { $view } drukuje się jako text lub pdf: dodaj --format pdf -o FILE.pdf albo pomiń --format
cli-print-pdf-views = --format pdf drukuje --view envelopes i --view sheets; pozostałe widoki drukują się jako text, markdown, csv, json, xlsx lub ics
cli-print-labels = --labels i --envelope określają układ --view envelopes --format pdf
cli-print-pdf-terminal = PDF to plik binarny i nie jest zapisywany do terminala: podaj plik przez -o FILE.pdf albo przekieruj stdout (> FILE.pdf)
cli-print-all-xlsx = --view all zapisuje skoroszyt, po jednym arkuszu na widok: dodaj --format xlsx -o FILE.xlsx
cli-print-all-filter = --filter i --sort dotyczą jednego widoku, a nie --view all
cli-print-raw-csv = --raw i --bom dotyczą --format csv
cli-print-xlsx-terminal = skoroszyt xlsx to plik binarny i nie jest zapisywany do terminala: podaj plik przez -o FILE.xlsx albo przekieruj stdout (> FILE.xlsx)
cli-print-over-campaign = -o { $file } to czytany plik kampanii; print nigdy go nie zapisuje: podaj inny plik
cli-import-exists = { $file } już istnieje; import nigdy nie nadpisuje pliku: podaj nowy
cli-import-seal-needs-age = -r, -R i --passphrase szyfrują nowy plik: nazwij go przez -o FILE.age
cli-import-strict = { $file }: { $errors } przy --strict; nic nie zapisano
cli-imported = { $file }: { $counted }, odczytano jako { $read_as }
cli-imported-warnings = { $warnings } (każde podane wyżej i zachowane w pliku jako komentarz)
cli-imported-written = zapisano do { $file }
cli-log-has-errors = { $file } ma błędy, które trzeba najpierw poprawić; nic nie zapisano
cli-log-nothing-written = nic nie zapisano w { $file }
cli-since-unreadable = --since { $since }: nie udało się odczytać tej wersji
cli-terminal-failed = błąd terminala: { $reason }
cli-man-not-folder = { $dir } nie jest katalogiem (man --dir zapisuje do istniejącego)
## Writing the version shown back over a file on disk that cannot be shown (R, and on quitting).
ask-write-back = Zapisać z powrotem w { $file }: { $version }? Na dysku plik { $state }.
ask-write-back-quit = { $file } na dysku { $state }. Zapisać z powrotem pokazaną wersję przed wyjściem?
ask-write-back-yes = zapisz z powrotem
ask-write-back-quit-no = wyjdź bez zapisu
ask-write-back-stay = zostań
back-empty = jest pusty
back-errors = ma { $errors }
back-unreadable = jest nieczytelny
back-size = { $state } i zajmuje { $percent }% rozmiaru pokazanej wersji
back-version-from = wersja z { $time }
back-version-at-start = wersja wczytana na starcie
back-what = { $version }
banner-write-back = { $key } zapisuje ją z powrotem
say-written-back = { $file } zapisany z powrotem: { $what }
say-nothing-to-write-back = nie ma czego zapisywać z powrotem: pokazaną wersją nadpisywany jest tylko plik na dysku, który jest pusty, ma błędy lub jest nieczytelny
help-write-back = nadpisz uszkodzony plik pokazaną wersją
## The local history of versions (campaign-dash history, restore).
say-history-failed = nie udało się zapisać historii wersji ({ $why }); sam plik pozostał taki, jaki był
history-off = historia wersji jest wyłączona (`history = false` w ustawieniach) albo nie ma katalogu domowego, w którym można ją przechowywać
history-none = nie zachowano jeszcze żadnej wersji { $file }: zachowywana jest każda, która wczytuje się bez błędów (interfejs, check, print)
history-head = { $file }: { $n ->
    [one] { $count } zachowana wersja
    [few] { $count } zachowane wersje
   *[many] { $count } zachowanych wersji
} w { $dir } (N liczy się wstecz od najnowszej)
history-first = pierwsza zachowana
history-sealed = zaszyfrowana (nie porównywana)
history-unreadable = nieczytelna
history-no-record = żaden wpis się nie zmienił
history-changes = dodano: { $added }, zmieniono: { $changed }, usunięto: { $removed }
history-bytes = { $size } B
history-records = { $records } wpis.
history-how = campaign-dash restore { $file } --at N -o OUT zapisuje wersję N do OUT (--force: nadpisując sam { $file })
restore-no-such = w historii { $file } nie ma wersji { $at } ({ $n ->
    [one] zachowano { $count } wersję
    [few] zachowano { $count } wersje
   *[many] zachowano { $count } wersji
}: campaign-dash history { $file } je wymienia)
restore-written = zapisano { $out }: wersja z { $time } (wpisów: { $records })
## What a reload changed (the status line), and the file watcher.
reload-summary = wczytano ponownie: { $changes }
reload-none = wczytano ponownie: bez zmian
reload-added = dodano: { $n }
reload-changed = zmieniono: { $n }
reload-removed = usunięto: { $n }
reload-removed-most = usunięto: { $n }, większość wpisów (czy plik zapisano w całości?)
reload-campaign = tabela [campaign] się zmieniła
reload-snoozes = odłożone zadania się zmieniły
reload-facilities = miejsca pozbawienia wolności ([[facilities]]) się zmieniły
reload-loads-now = { $file } teraz się wczytuje: pokazujemy go
say-not-watching = plik nie jest obserwowany ({ $why }): { $key } wczytuje go ponownie
say-watch-failed = obserwowanie pliku nie powiodło się ({ $why }): { $key } wczytuje go ponownie

# campaign-dash, па-беларуску. Словы — як у Вясны: палітвязень,
# следчы ізалятар (СІЗА), калонія, петыцыя, пікет (docs/glossary.md).

tab-overview = Агляд
tab-prisoners = Палітвязні
tab-events = Падзеі
tab-statements = Заявы
tab-organisations = Арганізацыі
tab-petitions = Петыцыі
tab-letters = Лісты
tab-agenda = Справы

tab-short-overview = Агляд
tab-short-prisoners = Палітвязні
tab-short-events = Падзеі
tab-short-petitions = Петыцыі
tab-short-letters = Лісты
tab-short-agenda = Справы
tab-short-statements = Заявы
tab-short-organisations = Арг.

day-today = сёння
day-tomorrow = заўтра
day-yesterday = учора
days-in = праз { PLURAL($n) ->
    [one] { $count } дзень
    [few] { $count } дні
   *[many] { $count } дзён
}
days-ago = { PLURAL($n) ->
    [one] { $count } дзень таму
    [few] { $count } дні таму
   *[many] { $count } дзён таму
}
days = { PLURAL($n) ->
    [one] { $count } дзень
    [few] { $count } дні
   *[many] { $count } дзён
}

month-1 = сту
month-2 = лют
month-3 = сак
month-4 = кра
month-5 = тра
month-6 = чэр
month-7 = ліп
month-8 = жні
month-9 = вер
month-10 = кас
month-11 = ліс
month-12 = сне

status-detained = затрыманыя
status-imprisoned = у зняволенні
status-restricted = абмежаванне волі
status-released = вызваленыя
status-deceased = памерлыя

panel-figures = Лічбы
panel-attention = Патрабуе ўвагі
panel-next-events = Бліжэйшыя падзеі
panel-coming-up = Вызваленні і дні нараджэння
panel-petitions = Петыцыі
panel-events-per-month = Падзеі па месяцах
panel-events-per-month-from = Падзеі па месяцах, { $from } — { $to }
panel-statements = Апошнія заявы
panel-changed = Змены
panel-changed-since = Змены з { $label }
panel-fewest = Найменей лістоў

figure-prisoners = Палітвязні
figure-at-risk = { $total }, { $count } пад асаблівай пагрозай
figure-in-custody = Зараз за кратамі
figure-days-behind-bars = Дзён за кратамі
figure-days-combined = { $count } разам
figure-partial-arrests = найбольш: { PLURAL($n) ->
    [one] { $count } дата затрымання вядомая толькі да месяца ці года
    [few] { $count } даты затрымання вядомыя толькі да месяца ці года
   *[many] { $count } дат затрымання вядомыя толькі да месяца ці года
}
figure-events = Падзеі
figure-events-past-upcoming = { $past } прайшлі, { $upcoming } наперадзе
figure-countries = Краіны
figure-statements = Заявы
figure-letters-30 = Лісты, 30 дзён
figure-letters-sent-received = { $sent } адпраўлена, { $received } атрымана
figure-no-letters = Яшчэ без лістоў
figure-prisoners-in-custody = { PLURAL($n) ->
    [one] { $count } палітвязень за кратамі
    [few] { $count } палітвязні за кратамі
   *[many] { $count } палітвязняў за кратамі
}

overview-no-one-in-custody = Ніхто не за кратамі.
overview-letters-fewest-first = Лісты, адпраўленыя за { $days } дзён, спачатку найменшыя:
overview-no-news = , без вестак { PLURAL($n) ->
    [one] { $count } дзень
    [few] { $count } дні
   *[many] { $count } дзён
}
overview-nothing-due = Нічога пратэрмінаванага ці на гэты тыдзень.
overview-first-to-do = Спачатку зрабіць
overview-no-upcoming = У файле няма бліжэйшых падзей.
overview-now = зараз
overview-releases-none = Вызваленні ў наступныя 90 дзён: няма
overview-releases = Вызваленні ў наступныя 90 дзён
overview-estimate = , ацэнка
overview-birthdays-hidden = Дні нараджэння: { $note }
overview-birthdays-none = Дні нараджэння ў наступныя 30 дзён: няма
overview-birthdays = Дні нараджэння ў наступныя 30 дзён (дашліце паштоўку)
overview-turns = { $name }: { $age } ({ $when })
overview-nothing-changed = Нічога не дададзена і не зменена з { $label }.
overview-added = { $count } дададзена
overview-changed = { $count } зменена
overview-no-count-goal = подпісы яшчэ не палічаныя (мэта { $goal })
overview-no-count = подпісы яшчэ не палічаныя, мэта не зададзена
overview-signatures-no-goal = { $count } подпісаў на { $date }, мэта не зададзена
overview-signatures-of-goal = { $percent }%  { $count } з { $goal }
overview-no-petitions = У файле няма петыцый.
overview-more = і яшчэ { $count } ва ўкладцы «{ $tab }» ({ $number })
overview-not-shown = Не паказана, павялічце акно: { $names }
overview-no-statements = У файле няма заяў.

group-overdue = Пратэрмінавана
group-this-week = Гэты тыдзень
group-next-30 = Наступныя 30 дзён
group-later = Пазней

agenda-events = { PLURAL($n) ->
    [one] { $count } падзея
    [few] { $count } падзеі
   *[many] { $count } падзей
}
agenda-birthdays = { PLURAL($n) ->
    [one] { $count } паштоўка на дзень нараджэння
    [few] { $count } паштоўкі на дзень нараджэння
   *[many] { $count } паштовак на дзень нараджэння
}
agenda-releases = { PLURAL($n) ->
    [one] { $count } вызваленне
    [few] { $count } вызваленні
   *[many] { $count } вызваленняў
}
agenda-releases-overdue = { PLURAL($n) ->
    [one] { $count } вызваленне, якое пратэрмінавана
    [few] { $count } вызваленні, якія пратэрмінаваныя
   *[many] { $count } вызваленняў, якія пратэрмінаваныя
}
agenda-anniversaries = { PLURAL($n) ->
    [one] { $count } гадавіна
    [few] { $count } гадавіны
   *[many] { $count } гадавін
}
agenda-letters = { PLURAL($n) ->
    [one] { $count } ліст
    [few] { $count } лісты
   *[many] { $count } лістоў
}
agenda-checks = { PLURAL($n) ->
    [one] { $count } праверка
    [few] { $count } праверкі
   *[many] { $count } праверак
}
agenda-petitions = { PLURAL($n) ->
    [one] { $count } петыцыя
    [few] { $count } петыцыі
   *[many] { $count } петыцый
}

today = Сёння
today-counted = усе лічбы — на гэты дзень
today-source-flag = зададзена --today
today-source-as-of = дата as_of у файле
today-source-system = сістэмная дата

hint-keep = пакінуць
hint-clear = ачысціць
hint-clear-line = ачысціць радок
hint-delete-word = выдаліць слова
hint-choose = выбраць
hint-open = адкрыць
hint-filter = фільтр
hint-tabs = укладкі
hint-help = даведка
hint-quit = выйсці
hint-move = рух
hint-detail = падрабязна
hint-sort = сартаваць
hint-links = спасылкі
hint-follow = перайсці
hint-back = назад
hint-list = спіс
hint-scroll = пракрутка
hint-a-letter = літара
hint-sorts = сартуе (спіс вышэй)
hint-cancel = скасаваць
hint-today = сёння

## The help of each key (English: src/app/keymap.toml)

help-tab-overview = Агляд: кампанія адным позіркам
help-tab-prisoners = Палітвязні
help-tab-events = Падзеі
help-tab-statements = Заявы
help-tab-organisations = Арганізацыі
help-tab-petitions = Петыцыі
help-tab-letters = Лісты
help-tab-agenda = Справы: што зрабіць і да якога часу
help-other-pane = паміж спісам і падрабязнасцямі
help-next-tab = наступная ўкладка
help-prev-tab = папярэдняя ўкладка
help-down = наступны радок, спасылка ці пункт
help-up = папярэдні радок, спасылка ці пункт
help-page-down = старонка ўніз
help-page-up = старонка ўверх
help-top = першы радок (пачатак падрабязнасцяў)
help-bottom = апошні радок (канец падрабязнасцяў)
help-open = адкрыць падрабязнасці, выбраную спасылку ці пункт
help-back = назад да спісу (закрывае даведку)
help-go-back = назад па пройдзеных спасылках
help-filter = фільтраваць спіс (словы або поле:значэнне; гл. docs/filter.md)
help-toggle-filter = выключыць і зноў уключыць фільтр
help-next-match = наступнае супадзенне (без фільтра: ва ўсім спісе)
help-prev-match = папярэдняе супадзенне фільтра
help-sort = сартаваць па наступным слупку (або пстрыкніце загаловак)
help-reverse-sort = адваротны парадак
help-present = рэжым паказу: схаваць асабістае (адрасы, нататкі, ...)
help-reload = прачытаць файл зноў (робіцца само пры захаванні)
help-edit = адкрыць файл у $VISUAL ці $EDITOR на выбраным запісе (у Праблемах: на праблеме)
help-copy = скапіяваць выбраны запіс як тэкст
help-copy-address = скапіяваць адрас на канверт (кожнага пазначанага)
help-log-letter = запісаць ліст палітвязню (кожнаму пазначанаму)
help-checked = запісаць праверку сёння (кожнага пазначанага)
help-agenda-act = справы: зрабіць тое, што просіць пункт
help-mark = пазначыць палітвязня або зняць пазнаку
help-mark-all = пазначыць усіх паказаных
help-clear-marks = зняць пазнакі
help-pick-random = выбраць палітвязня наўздагад
help-undo = адмяніць апошні запіс
help-snooze = справы: адкласці пункт да дня
help-problems = спіс памылак і папярэджанняў файла
help-suspend = спыніць і выйсці ў абалонку (fg вяртае)
help-help = паказаць або схаваць даведку
help-quit = выйсці (у даведцы: закрыць яе)
help-quit-now = выйсці адкуль заўгодна
help-zoom = аддаць увесь экран выбранай панэлі (спісу ці падрабязнасцям) і назад
help-sort-by = сартаваць па слупку: o, потым яго літара (радок стану іх паказвае; паўтор — адваротна)
help-edit-accept = пакінуць фільтр
help-edit-cancel = ачысціць фільтр
help-edit-next-field = наступнае поле
help-edit-previous-field = папярэдняе поле
help-edit-left = курсор улева
help-edit-right = курсор управа
help-edit-home = пачатак радка
help-edit-end = канец радка
help-edit-backspace = выдаліць злева
help-edit-delete = выдаліць справа
help-edit-clear = ачысціць радок
help-edit-delete-word = выдаліць слова
help-edit-quit = выйсці

## The help overlay

help-title = Клавішы
help-filter-line = У радку фільтра і ў формах:
help-marks = Палітвязні: { $marks } (падрабязнасці кажуць, што і чаму); ● пазначаны.
help-mouse = Мыш: пстрыкніце ўкладку, радок, загаловак (сартуе) ці спасылку (пераходзіць); кола пракручвае.
help-close = { $back }, { $help } ці { $quit } закрывае даведку ({ $quit_now } — выхад); { $down }, { $page }, { $top } пракручваюць яе.
help-more-above = яшчэ вышэй
help-more-below = яшчэ ніжэй
mark-risk = асаблівая пагроза
mark-earlier = з ранейшымі арыштамі
mark-estimate = дзень арышту невядомы

## The agenda's items

agenda-on-now = ідзе зараз, да { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = праверыць запіс: апошні раз правераны { $date }
agenda-check-never = праверыць запіс: ні разу не правераны
agenda-place-takes = { $place }: пошта ідзе { PLURAL($n) ->
    [one] { $count } дзень
    [few] { $count } дні
   *[many] { $count } дзён
}
agenda-post-takes = пошта ідзе { PLURAL($n) ->
    [one] { $count } дзень
    [few] { $count } дні
   *[many] { $count } дзён
}
agenda-card-by = даслаць паштоўку на дзень нараджэння да { $by }: { $age } { PLURAL($age) ->
    [one] год
    [few] гады
   *[many] гадоў
} { $birthday }; { $takes }
agenda-card-late = паштоўка спазняецца: даслаць сёння: { $age } { PLURAL($age) ->
    [one] год
    [few] гады
   *[many] гадоў
} { $birthday }; { $takes }
agenda-card-late-calendar = паштоўка спазняецца (даслаць да { $by }): { $age } { PLURAL($age) ->
    [one] год
    [few] гады
   *[many] гадоў
} { $birthday }; { $takes }
agenda-estimate = (ацэнка)
agenda-due-out = вызваленне { $date }{ $estimate }
agenda-due-out-from = вызваленне { $date }, з: { $place }{ $estimate }
agenda-find-address = знайсці паштовы адрас: не запісаны
agenda-overdue = вызваленне чакалася { $due }{ $estimate }, { PLURAL($n) ->
    [one] { $count } дзень
    [few] { $count } дні
   *[many] { $count } дзён
} таму: праверце, ці няма новага абвінавачання, або абнавіце запіс
agenda-overdue-calendar = вызваленне чакалася { $due }{ $estimate }: праверце, ці няма новага абвінавачання, або абнавіце запіс
agenda-years-since-arrest = { PLURAL($n) ->
    [one] { $count } год
    [few] { $count } гады
   *[many] { $count } гадоў
} з арышту { $arrested }
agenda-days-behind-bars = { $count } дзён за кратамі
agenda-days-behind-bars-earlier = { $count } дзён за кратамі, з ранейшымі арыштамі
agenda-write-last = напісаць ліст: апошні адпраўлены { $sent }
agenda-write-since-start = напісаць ліст: ніводнага з пачатку кампаніі { $started }
agenda-write-since-arrest = напісаць ліст: ніводнага з арышту { $arrested }
agenda-write-none = напісаць ліст: ніводнага не адпраўлена
agenda-returned = праверыць адрас: ліст вярнуўся { $back }
agenda-moved = напісаць на новы адрас: пераведзены ў { $place } { $since }
agenda-of-goal = { $count } з { $goal }
agenda-signatures-after = : подпісаў { $count }
agenda-closes = закрываецца { $when }{ $count }
agenda-closes-on = закрываецца { $closed }{ $count }
agenda-goal-reached = мэта дасягнута { $date } (подпісаў { $count }): перадаць
agenda-count-last = запісаць колькасць подпісаў: апошняя { $date }
agenda-count-none = запісаць колькасць подпісаў: ніводнай з адкрыцця { $since }
agenda-snoozed = адкладзена да { $until }
agenda-snoozed-note = адкладзена да { $until }: { $note }
agenda-head = Сёння { $today }, да { $last }: { $count } · { $open } адкрывае · { $filter } фільтруе
agenda-head-items = { PLURAL($n) ->
    [one] { $count } справа
    [few] { $count } справы
   *[many] { $count } спраў
}
agenda-head-snoozed-items = { PLURAL($n) ->
    [one] { $count } адкладзеная справа
    [few] { $count } адкладзеныя справы
   *[many] { $count } адкладзеных спраў
}
agenda-head-of = { $shown } з { $total }
agenda-head-and-snoozed = { $count } · адкладзена: { $snoozed }
agenda-preparing = Рыхтуецца пошук для фільтра: справы з'явяцца праз момант.
agenda-no-match = Ніводная справа не адпавядае фільтру.
agenda-nothing = Нічога рабіць у наступныя { PLURAL($n) ->
    [one] { $count } дзень
    [few] { $count } дні
   *[many] { $count } дзён
}.

## The lists' columns (English: src/table.rs)

column-name = Імя
column-status = Статус
column-org = Арг.
column-detained = Затрыманы
column-days-held = Дзён
column-due = Вызваленне
column-sentence = Прысуд
column-facility = Установа
column-events = Падзеі
column-stmts = Заявы
column-no-news = Без вестак
column-sent = Лістоў
column-last-sent = Апошні ліст
column-in-90d = За 90 дз.
column-unwritten = Без лістоў
column-risk = Пагроза
column-checked = Праверана
column-date = Дата
column-kind = Від
column-title = Назва
column-city = Горад
column-country = Краіна
column-author = Аўтар
column-text = Тэкст
column-short = Скарот.
column-members = Сяброў
column-host = Пляцоўка
column-latest = Апошні
column-goal = Мэта
column-progress = Прагрэс
column-prisoner = Палітвязень
column-direction = Кірунак
column-count = Колькі
column-channel = Спосаб
column-event = Падзея
column-when = Калі

## The detail pane

detail-title = Падрабязна
detail-title-links = Падрабязна ({ $down } спасылкі, { $open } перайсці)
detail-title-scroll = Падрабязна ({ $down } пракрутка, { $back } назад)
detail-title-focus = Падрабязна ({ $pane } ці { $open }: фокус)

## Дэталі: загалоўкі, заўвагі і вылічанае; подпісы радкоў (field-…)

field-address = адрас
field-aliases = іншыя імёны
field-attendance = удзельнікі
field-author = аўтар
field-born = нараджэнне
field-by = хто
field-channel = спосаб
field-charges = артыкулы
field-checked = праверана
field-city = горад
field-closed = закрыта
field-count = колькі
field-country = краіна
field-date = дата
field-days-held = дзён у няволі
field-delivered = перададзена
field-detained = затрыманне
field-direction = кірунак
field-event = падзея
field-facility = установа
field-goal = мэта
field-host = пляцоўка
field-id = id
field-interests = інтарэсы
field-kind = від
field-language = мова
field-latest-count = апошні падлік
field-letters = лісты
field-letters-there = лісты туды
field-no-news = без вестак
field-notes = Нататкі
field-opened = адкрыта
field-organisation = арганізацыя
field-organisations = арганізацыі
field-postal-name = імя для пошты
field-prisoner = палітвязень
field-prisoners = палітвязні
field-progress = прагрэс
field-reads = чытае мовы
field-release-due = тэрмін выхаду
field-released = вызвалены
field-released-how = як вызвалены
field-risk = пагроза
field-role = роля
field-sentence = прысуд
field-sentence-months = тэрмін, мес.
field-sentenced = дата прысуду
field-short = скарачэнне
field-source = крыніца
field-sources = крыніцы
field-sponsors = апекуны
field-status = статус
field-summary = Коратка
field-time = час
field-translation-english = Пераклад (англ.)
field-url = спасылка
field-venue = месца

detail-timeline = Храналогія
detail-letters = Лісты
detail-events-naming = Падзеі, дзе ён ці яна названыя
detail-statements-naming = Заявы, дзе ён ці яна названыя
detail-organisations = Арганізацыі
detail-prisoners-demanded = Палітвязні, чыёй волі патрабавалі
detail-letters-written-here = Лісты, напісаныя тут
detail-statements-at-event = Заявы на падзеі
detail-text = Тэкст
detail-member-prisoners = Палітвязні — сябры
detail-events = Падзеі
detail-statements = Заявы
detail-petitions-hosted = Петыцыі на пляцоўцы
detail-tallies = Падлікі
detail-none-recorded = нічога не запісана
detail-none-named = нікога не названа
detail-none-listed = нікога няма ў спісе
detail-none = няма
detail-no-tallies = падлікаў няма
detail-no-news-since-letter = ад апошняга атрыманага ліста, { $date }
detail-no-news-since-arrest = ад арышту: ніводнага ліста не атрымана
detail-no-news = { $days }, { $since }
detail-turns = споўніцца { $age } — { $date }, { $when }
detail-aged-60 = { $tag } (60 гадоў і старэй)
detail-held-combined-now = { $days }, арыштаў разам: { $arrests }; гэты — { $this } на { $today }
detail-held-combined = { $days }, арыштаў разам: { $arrests }; апошні — { $this }
detail-held-now = { $days } на { $today }
detail-held = { $days } за кратамі
detail-held-estimate = ~: арышт, вядомы толькі з дакладнасцю да месяца ці году, лічыцца ад яго першага дня
detail-held-unknown = невядома (няма даты затрымання ці вызвалення)
detail-due-estimate = ацэнка: затрыманне + месяцы тэрміну
detail-letter-takes = ліст ідзе { $days }
detail-event-past = прайшла, { $when }
detail-event-now = ідзе зараз
detail-event-upcoming = будзе, { $when }
detail-upcoming = будзе
detail-about = каля { $count }
detail-none-set = не вызначана
detail-signatures-on = { PLURAL($n) ->
    [one] { $count } подпіс на { $date }
    [few] { $count } подпісы на { $date }
   *[many] { $count } подпісаў на { $date }
}
detail-no-count = падліку яшчэ няма
detail-of-goal = { $percent }% мэты
detail-letter-title = { $pieces ->
    [1] { $way ->
        [sent] Ліст палітвязню
        [received] Ліст ад палітвязня
       *[returned] Вернуты ліст палітвязню
    }
   *[other] { $way ->
        [sent] Лісты і паштоўкі ({ $count }) палітвязню
        [received] Лісты і паштоўкі ({ $count }) ад палітвязня
       *[returned] Вернутыя лісты ({ $count }) палітвязню
    }
}: { $name }
detail-no-such-prisoner = { $name } (ні ў аднаго палітвязня няма такога id)

dates-from-to = { $from } — { $to }
timeline-earlier = ранейшы арышт, { $days } у няволі
timeline-earlier-kind = ранейшы арышт ({ $kind }), { $days } у няволі
timeline-sentence = прысуд: { $sentence }
timeline-arrested = арышт
timeline-so-far = { $days } на сёння
timeline-address = адрас: { $address }
timeline-verdict = прысуд
timeline-release-due = тэрмін выхаду
timeline-estimate = ацэнка
timeline-released = вызваленне
letter-sent = адпраўлена
letter-received = атрымана
letter-returned = вярнулася
letter-by-post = поштай
letter-by-courier = праз кур'ера
letter-in-parcel = у пасылцы
letter-online = анлайн
letter-by-other = іншым спосабам
letter-from = ад: { $name }
letter-to = каму: { $name }
letters-sent = адпраўлена: { $count }
letters-received = атрымана: { $count }
letters-returned = вярнулася: { $count }
letters-last = { $what } (апошні { $date })

list-filter = фільтр: { $query }
list-preparing = { $what ->
    [filter] рыхтуецца фільтр…
    [sort] рыхтуецца сартаванне…
   *[both] рыхтуюцца фільтр і сартаванне…
}
list-shown-of = { $shown } з { $total }
list-unfinished = не дапісаны
list-filter-off = фільтр выключаны: { $query }, супадзенняў: { $count } ({ $on }: уключыць, { $jump }: да наступнага)
list-sort-by = па { $column }
list-empty = У гэтым файле няма запісаў: { $lower }.
list-preparing-search = Рыхтуецца пошук па { $count } запісах ({ $lower }): радкі з'явяцца праз імгненне. Клавішы ўжо працуюць.
list-no-match = Нічога не адпавядае фільтру `{ $filter }`{ $which ->
    [last] {" "}(апошняму без памылкі)
   *[typed] {""}
}. { $change } — змяніць яго, { $clear } у радку фільтра — ачысціць.
detail-lines = радкі { $from }-{ $to } з { $total }
detail-nothing-selected = Нічога не выбрана.
filter-prompt = Фільтр
filter-finding = шукаюцца супадзенні сярод { $total }…
filter-clears = { $key } ачысціць
filter-keeps = { $key } пакінуць

## The filter fields' descriptions (English in src/model/fields.rs and src/query/search.rs)

filter-prisoner-name = імя, адно з іншых імёнаў або імя для пошты
filter-prisoner-status = detained, imprisoned, restricted, released або deceased
filter-prisoner-org = назва арганізацыі або яе скарочаная назва
filter-prisoner-role = роля, напр. president
filter-prisoner-charge = адзін з артыкулаў
filter-prisoner-facility = дзе ўтрымліваецца, напр. калонія
filter-prisoner-sentence = тэрмін, як ён запісаны, напр. "9 years"
filter-prisoner-notes = нататкі і абставіны вызвалення
filter-prisoner-interest = пра што палітвязню цікава чытаць у лістах
filter-prisoner-sponsor = адзін з апекуноў
filter-prisoner-reads = мова, на якой чытае, напр. reads:be
filter-prisoner-id = id запісу
filter-prisoner-born = дата нараджэння
filter-prisoner-detained = дата арышту
filter-prisoner-sentenced = дата прысуду
filter-prisoner-released = дата вызвалення
filter-prisoner-due = чаканае вызваленне, запісанае або вылічанае
filter-prisoner-days = дні за кратамі за ўсе арышты разам (слупок «Дзён»), напр. days:>1000
filter-prisoner-events = колькі падзей згадвае палітвязня, напр. events:0
filter-prisoner-statements = колькі заяў згадвае палітвязня, напр. statements:0
filter-prisoner-risk = чаму пад асаблівай пагрозай: health, disability, elderly (таксама паводле born), mental-health, isolation, incommunicado, terror-list або other
filter-prisoner-moved = калі перавялі ў іншае месца ўтрымання
filter-prisoner-news = дні без атрыманага ліста, напр. news:>60
filter-prisoner-letters = колькі лістоў запісана, напр. letters:0
filter-prisoner-sent90 = лісты, дасланыя за апошнія 90 дзён, напр. sent90:<3
filter-prisoner-unwritten = дні пасля апошняга дасланага ліста (або пасля арышту), напр. unwritten:>60
filter-event-title = назва
filter-event-kind = picket, rally, march, conference, meeting, vigil, letters, delivery, online або other
filter-event-date = дзень або дні падзеі
filter-event-city = горад
filter-event-country = краіна
filter-event-venue = месца правядзення
filter-event-org = назва арганізацыі або яе скарочаная назва
filter-event-prisoner = палітвязень, згаданы ў падзеі
filter-event-summary = кароткі змест
filter-event-id = id запісу
filter-statement-author = хто сказаў або напісаў
filter-statement-role = роля аўтара
filter-statement-org = арганізацыя, ад імя якой выказваліся, па назве або скарочанай назве
filter-statement-event = назва падзеі, на якой яна зроблена
filter-statement-prisoner = палітвязень, згаданы ў заяве
filter-statement-text = словы або іх пераклад
filter-statement-lang = код мовы, напр. en, pt, be (pt знаходзіць і pt-BR)
filter-statement-kind = speech, letter, resolution, press, social, greeting, interview або other
filter-statement-date = дзень, калі сказана або апублікавана
filter-statement-id = id запісу
filter-organisation-name = назва або скарочаная назва
filter-organisation-short = скарочаная назва
filter-organisation-kind = від, напр. union, federation
filter-organisation-country = краіна
filter-organisation-notes = нататкі
filter-organisation-id = id запісу
filter-petition-title = назва
filter-petition-host = назва або скарочаная назва пляцоўкі
filter-petition-opened = дзень адкрыцця
filter-petition-closed = дзень закрыцця
filter-petition-id = id запісу
filter-letter-prisoner = палітвязень, якому ліст пайшоў або ад якога прыйшоў
filter-letter-event = падзея, на якой ліст напісаны
filter-letter-by = хто напісаў або атрымаў
filter-letter-notes = нататкі
filter-letter-direction = sent, received або returned
filter-letter-channel = post, courier, parcel, online або other
filter-letter-date = дзень, калі ліст адпраўлены або прыйшоў
help-filter-fields = Палі фільтра ў «{ $tab }», кожнае пішацца поле:значэнне (org:bkdp, days:>1000, -status:released):

form-date = дата
form-direction = кірунак
form-count = колькі
form-channel = спосаб
form-by = хто
form-event = падзея
form-notes = нататкі
form-until = да
form-note = заўвага
edit-letter = { $n ->
    [1] { $way ->
        [sent] ліст адпраўлены палітвязню
        [received] ліст атрыманы ад палітвязня
       *[returned] ліст вярнуўся ад палітвязня
    }
   *[other] { $way ->
        [sent] лісты ({ $n }) адпраўленыя палітвязню
        [received] лісты ({ $n }) атрыманыя ад палітвязня
       *[returned] лісты ({ $n }) вярнуліся ад палітвязня
    }
} { $prisoner } { $date }
edit-checked = { $id }: праверана { $date }
edit-released = { $id }: вызвалены { $date }
edit-delivered = петыцыя { $id } перададзена { $date }
edit-snooze = справа адкладзена да { $until } ({ $item })
edits-none = нічога
edits-letters = ліст кожнаму з палітвязняў ({ $n }) { $date }
edits-snoozed = спраў адкладзена да { $until }: { $n }
edits-checked = палітвязняў праверана { $date }: { $n }
edits-changes = змен: { $n }
form-title = Запісаць у файл
form-foot = { $accept } — запісаць · { $next } — наступнае поле · { $cancel } — скасаваць
form-writing = запісваецца ў файл…
form-more = яшчэ { $n }
form-no-event = ніякая падзея не адпавядае
form-type-event = напішыце частку id або назвы падзеі
form-count-empty = 1, калі пуста
form-log-one = Запісаць ліст: { $name }
form-log-many = Запісаць ліст кожнаму з пазначаных палітвязняў ({ $n })
form-released = Вызвалены: { $name }
form-snooze = Адкласці: { $what }
ask-write = Запісаць у файл: { $what }?
ask-or = { $a } ці { $b }
ask-yes = запісаць
ask-no = не
ask-overdue = Тэрмін вызвалення палітвязня { $name } прайшоў. Што вядома?
ask-overdue-released = вызвалены: увесці дату
ask-overdue-edit = новае абвінавачванне ці прысуд: адкрыць рэдактар на запісе
ask-overdue-checked = нічога новага: пазначыць запіс правераным сёння
ask-overdue-nothing = нічога не рабіць

say-not-loaded = паказаны файл — не той, што на дыску: нічога нельга запісаць, пакуль ён не загрузіцца
say-write-running = запіс яшчэ ідзе
say-log-needs-prisoner = { $log } запісвае ліст выбранаму палітвязню (ці пазначаным праз { $mark }): выберыце ў { $tab }
say-nothing-written = нічога не запісана
say-not-after-today = не пазней за сёння ({ $today }): справа не была б адкладзена
say-value-refused = не запісана: адно са значэнняў не прынята (гл. форму)
say-writing = запісваецца: { $what }…
say-checked-needs-prisoner = { $key } пазначае выбранага палітвязня правераным сёння: выберыце ў { $tab }
say-nothing-to-write = для гэтай справы няма чаго запісваць: { $open } адкрывае запіс, { $snooze } адкладае справу
say-agenda-only = { $key } { $does }: { $agenda } адкрывае справы
does-agenda-act = робіць тое, што просіць справа
does-snooze = адкладае справу
say-nothing-chosen = у справах нічога не выбрана
say-nothing-to-undo = няма чаго адмяняць: у гэтым сеансе нічога не запісвалася
say-not-undone = не адменена: файл змяніўся пасля таго запісу (адмяніце ў рэдактары)
say-undoing = адмяняецца: { $what }…
say-undone = адменена: файл такі, як быў да запісу «{ $what }»
say-wrote = запісана: { $what } ({ $undo } — адмяніць)
say-wrote-at = запісана: { $what }, { $place } ({ $undo } — адмяніць)
say-changed-meanwhile = файл тым часам змяніўся на дыску: нічога не запісана; ён чытаецца зноў, і запіс прапануецца зноў
say-would-break = не запісана: файл стаў бы памылковым: { $first }
say-record-gone = запісу, для якога гэта было, у файле ўжо няма: нічога не запісана
say-marks-prisoners = пазнакі — для палітвязняў: { $tab } іх адкрывае
say-marked = пазначана: { $n }
say-pick-needs = { $key } выбірае выпадковага палітвязня: { $tab } адкрывае спіс
say-nobody = ніводзін палітвязень не паказаны: няма каго выбраць
say-picked = выбраны { $name } з паказаных ({ $shown }){ $why }
say-unmarked = пазнакі знятыя: { $count }

print-summary = { $view }: { $count }, на { $today } ({ $source })
print-matching = { $shown } з { $total } па фільтры { $filter }
print-sorted = сартаванне: { $sort }
print-empty-filtered = Ніводзін запіс ({ $lower }) не адпавядае фільтру.
print-agenda = { $agenda }: { $count }, на { $today } ({ $source }), да { $last } ({ $days })
print-agenda-matching = { $shown } з { $of } па фільтры
print-agenda-left-out = { $count } (адкладзеныя не паказаны: { $snoozed })

count-errors = { PLURAL($n) ->
    [one] { $count } памылка
    [few] { $count } памылкі
   *[many] { $count } памылак
}
count-warnings = { PLURAL($n) ->
    [one] { $count } папярэджанне
    [few] { $count } папярэджанні
   *[many] { $count } папярэджанняў
}
banner-hidden = у { $file }: { $problems }, файл нельга паказаць (падрабязнасці схаваныя ў рэжыме паказу)
banner-empty = { $file } пусты
banner-removed = { $file } выдалены
banner-nothing = няма чаго паказаць, пакуль файл не загрузіцца
banner-since = паказана версія з { $time }
banner-since-start = паказана версія, загружаная на пачатку
banner-problems = { $key } — усе праблемы
problems-title = Праблемы: { $counts } у { $file } ({ $whose ->
    [unloaded] будзе паказаны, калі выправіць і захаваць
    [saved] як захаваны зараз, не паказаны
   *[shown] паказаная версія
})
problems-keys-scroll = { $down } — пракрутка · { $edit } — правіць першую · { $close } — закрыць
problems-keys = { $edit } адкрывае рэдактар на першай праблеме · { $close } — закрыць

## The status line: copying, the editor, moving about.
say-no-record-selected = запіс не выбраны: спіс пусты
say-no-problem-to-open = няма праблемы, якую можна адкрыць
say-nothing-to-copy = тут няма чаго капіяваць: выберыце запіс у спісе
say-copied-lines-cut = радкі: першыя { $kept } з { $count }
say-copied-lines = { PLURAL($n) ->
    [one] { $count } радок
    [few] { $count } радкі
   *[many] { $count } радкоў
}
say-copied-record = скапіявана ў буфер абмену: { $name } ({ $lines })
say-envelope-needs-prisoners = { $key } капіюе канверт палітвязня: { $tab } адкрывае спіс палітвязняў
say-addresses-hidden = у рэжыме паказу адрасы схаваныя: нічога не скапіявана
say-no-prisoner-selected = палітвязень не выбраны
say-no-address = { $name }: адраса ў файле няма, нічога не скапіявана
## $from: where the name on the envelope comes from.
say-copied-envelope = скапіяваны канверт: { $name }{ $from ->
    [alias] {" "}(імя: першае з іншых імёнаў кірыліцай)
    [name] {" "}(імя як запісана: няма postal_name)
   *[postal] {""}
}
say-envelopes-without-address = { PLURAL($n) ->
    [one] { $count } палітвязень без адраса ў файле
    [few] { $count } палітвязні без адраса ў файле
   *[many] { $count } палітвязняў без адраса ў файле
}
say-envelopes-without-postal-name = { PLURAL($n) ->
    [one] { $count } без postal_name
    [few] { $count } без postal_name
   *[many] { $count } без postal_name
}
say-no-marked-address = ні ў аднаго пазначанага палітвязня няма адраса ў файле: нічога не скапіявана
say-copied-envelopes = скапіяваныя ў буфер абмену канверты { PLURAL($n) ->
    [one] { $count } пазначанага палітвязня
    [few] { $count } пазначаных палітвязняў
   *[many] { $count } пазначаных палітвязняў
}{ $notes }
say-overview-one-pane = у аглядзе адна панэль: 2-6 ці ←/→ адкрываюць спіс
say-list-empty-no-detail = спіс пусты: няма падрабязнасцяў
say-no-links = гэты запіс ні на што не спасылаецца
say-no-link-on-screen = на экране няма спасылкі: { $keys } — выбраць
say-filter-off-to-show = фільтр `{ $filter }` выключаны, каб паказаць гэты запіс; f уключае яго зноў
say-presenting = рэжым паказу: схаваныя { $hidden }; { $key } паказвае іх
say-presenting-off = рэжым паказу выключаны: паказаныя ўсе палі
say-sort-unchanged = сартаванне не змянілася
say-no-filter = у гэтага спісу няма фільтра: { $key } — увесці яго
say-filter-waiting = шукаюцца супадзенні фільтра: хвілінку
say-no-match = няма супадзенняў
say-no-zoom = у аглядзе няма чаго разгортваць на ўвесь экран: { $tabs } адкрываюць спіс
say-zoom-too-narrow = тэрмінал занадта вузкі для спісу і падрабязнасцяў побач
say-zoom-off = спіс і падрабязнасці побач
say-zoom-list = спіс на ўвесь экран: { $key } вяртае абедзве панэлі
say-zoom-detail = падрабязнасці на ўвесь экран: { $key } вяртае абедзве панэлі
say-no-sort = у аглядзе няма спісу для сартавання: { $tabs } адкрываюць спіс
say-sort-by = сартаваць па:
say-no-such-sort-letter = ні ў аднаго слупка няма літары { $letter }: сартаванне не змянілася
## $column: the sort's name as `--sort` takes it (English).
say-sorted = сартаванне: { $column } { $descending ->
    [yes] ▼ па спаданні
   *[no] ▲ па ўзрастанні
}
say-own-order = спіс у сваім парадку
say-agenda-nothing-to-open = у справах няма чаго адкрыць
say-nothing-to-go-back-to = пераходаў па спасылках не было: няма куды вяртацца
say-overview-nothing-to-choose = у аглядзе няма чаго выбраць
say-overview-nothing-to-open = у аглядзе няма чаго адкрыць
hidden-addresses = адрасы
hidden-birthdays = дні нараджэння
hidden-letter-writers = аўтары лістоў
hidden-notes = нататкі
hidden-risk-tags = прычыны пагрозы
hidden-sponsors = апекуны
present-hiding = { $marker }: хаваюцца { $hidden }…
check-jump-note = Каб перайсці да праблемы: рэдактары адкрываюць FILE:LINE:COL, як у спісе (vim +LINE FILE, code -g FILE:LINE:COL);
    у інтэрфейсе ! паказвае праблемы, а e адкрывае $VISUAL ці $EDITOR на першай з іх.
check-places-note = рэжым паказу: толькі месца кожнай праблемы; яе паведамленне і радок файла не паказваюцца, бо могуць цытаваць любое поле (адрас, нататку). Без --present (або ў інтэрфейсе, калі p выключыў рэжым паказу) яны паказваюцца.
read-not-found-settings = такога файла няма (`campaign-dash config --default > { $path }` запіша яго там)
read-directory-settings = гэта тэчка, а не файл налад
read-not-a-file-settings = гэта { $kind }, а не файл налад; дайце шлях да звычайнага файла

## check: што загрузчык кажа пра файл (`check`, акно праблем).
## $label называе запіс: prisoners[3] "yarashuk"; $key — ключ файла,
## ён застаецца англійскім.
## check-found-* і check-expected-* — у творным склоне: «мусіць быць X, а не Y».
check-found-text = тэкстам "{ $text }"
check-found-integer = цэлым лікам { $value }
check-found-number = лікам { $value }
check-found-boolean = лагічным значэннем { $value }
check-found-date-time = датай з часам { $value }
check-found-date = датай { $value }
check-found-time = часам сутак { $value }
check-found-list = спісам
check-found-table = табліцай
check-missing-key = { $label }: няма абавязковага ключа `{ $key }`
check-missing-key-help = дадайце ў гэты запіс `{ $key } = { $example }`
check-misplaced-top-key-help = `{ $key }` — ключ верхняга ўзроўню, але тут ён чытаецца як частка { $label }; запішыце яго запісы блокамі `[[{ $key }]]` або перанясіце яго вышэй за першы загаловак
check-keys-of = дазволеныя ключы { $what }: { $keys }
check-unknown-key = { $label }: невядомы ключ `{ $key }`
check-put-in-quotes = вазьміце ў двукоссе: `{ $key } = "{ $value }"`
check-expected-text = тэкстам у двукоссі
check-wrong-type = { $label }: `{ $key }` мусіць быць { $expected }, а не { $found }
check-empty = { $label }: `{ $key }` пусты
check-empty-help = упішыце { $key } у двукоссе
check-item-link = спасылкай
check-items-link = спасылак
check-item-text = тэкстам
check-items-text = тэкстаў
check-item-language = мовай
check-items-language = моў
check-item-name = імем
check-items-name = імёнаў
check-item-organisation-id = id запісу [[organisations]]
check-items-organisation-id = id запісаў [[organisations]]
check-item-prisoner-id = id запісу [[prisoners]]
check-items-prisoner-id = id запісаў [[prisoners]]
check-item-event-id = id запісу [[events]]
check-items-event-id = id запісаў [[events]]
check-item-wrong-type = { $label }: элемент { $n } у `{ $key }` мусіць быць { $what } у двукоссі, а не { $found }
check-single-text = { $label }: `{ $key }` мусіць быць спісам { $what }, а не адным тэкстам
check-single-text-help = вазьміце ў квадратныя дужкі: `{ $key } = ["{ $value }"]`
check-expected-list = спісам { $what }, напрыклад ["…", "…"]
check-no-such-day = { $label }: `{ $key }`: дня { $date } не існуе
check-date-not-date-time = { $label }: `{ $key }` — гэта дата, а не дата з часам
check-write = напішыце `{ $value }`
check-date-not-time = { $label }: `{ $key }` — гэта дата, а запісаны час сутак { $time }
check-date-not-time-help = напішыце дату, напрыклад `2023-04-19`
check-not-a-date = { $label }: `{ $key }`: "{ $value }" — не дата
check-no-such-day-in-calendar = { $label }: `{ $key }`: дня { $date } няма ў календары
check-year-as-integer = { $label }: `{ $key }` мусіць быць датай, а не цэлым лікам { $year }
check-year-as-integer-help = адзін год пішацца ў двукоссі: `{ $key } = "{ $year }"`
check-expected-partial-date = датай, напрыклад 2023-04-19 (ці "2023-04", "2023")
check-expected-date = датай, напрыклад 2023-04-19
check-needs-full-date-month = { $label }: `{ $key }` патрабуе поўнай даты (YYYY-MM-DD); "{ $date }" дае толькі месяц
check-needs-full-date-year = { $label }: `{ $key }` патрабуе поўнай даты (YYYY-MM-DD); "{ $date }" дае толькі год
check-needs-full-date-required = дапішыце і дзень: поўная дата тут абавязковая
check-needs-full-date-optional = дапішыце і дзень; калі ён невядомы, не пішыце `{ $key }` зусім
check-remove-spaces = выдаліце прабелы: "{ $value }"
check-year-first = даты пішуцца з года: `{ $date }`, калі мелася на ўвазе дзень { $day } месяца { $month }
check-date-shape-partial = запішыце як YYYY-MM-DD (напр. `2022-04-19`) або "YYYY-MM" ці "YYYY", калі вядомы толькі месяц ці год
check-date-shape = запішыце як YYYY-MM-DD, напр. `2022-04-19`
check-month-has-days = { $month ->
    [1] студзень
    [2] люты
    [3] сакавік
    [4] красавік
    [5] травень
    [6] чэрвень
    [7] ліпень
    [8] жнівень
    [9] верасень
    [10] кастрычнік
    [11] лістапад
   *[12] снежань
} { $year } мае { $days } { PLURAL($days) ->
    [one] дзень
    [few] дні
   *[many] дзён
}
check-before = { $label }: `{ $later_key }` ({ $later }) раней за `{ $earlier_key }` ({ $earlier })
check-expected-count = цэлым лікам, большым за 0
check-expected-whole-number = цэлым лікам (0 ці больш)
check-number-without-quotes = напішыце лік без двукосся: `{ $key } = { $value }`
check-too-large = { $label }: `{ $key }` завялікі
check-largest = найбольшае значэнне — { $max }
check-not-a-number = { $label }: `{ $key }`: `{ $value }` — не лік
check-not-a-number-help = напішыце цэлы лік, напр. `{ $key } = { $example }` (пасля 0x, 0o ці 0b ідуць яго лічбы)
check-negative = { $label }: `{ $key }` не можа быць адмоўным, а ў файле { $value }
check-below-one = { $label }: `{ $key }` мусіць быць не менш за 1, а не { $value }
check-too-large-value = { $label }: `{ $key }` завялікі ({ $value })
check-missing-choice-help = дадайце радок `{ $key } = "…"` з адным са значэнняў: { $choices }
check-expected-choice = адным са значэнняў { $choices } у двукоссі
check-not-a-choice = { $label }: `{ $key }` мусіць быць адным са значэнняў { $choices }, а не "{ $value }"
check-item-not-a-choice = { $label }: кожны элемент `{ $key }` мусіць быць адным са значэнняў { $choices }, а не "{ $value }"
list-and = { $init } і { $last }
check-record-not-table = элемент { $section }[{ $n }] мусіць быць запісам (табліцай ключоў), а не { $found }
check-record-not-table-help = запішыце кожны запіс пад уласным загалоўкам `[[{ $section }]]`
check-section-single-table = `{ $section }` мусіць быць спісам запісаў, кожны пад уласным загалоўкам `[[{ $section }]]`, а не адной табліцай `[{ $section }]`
check-section-single-table-help = запішыце загаловак з падвойнымі дужкамі: `[[{ $section }]]`
check-section-wrong-type = `{ $section }` мусіць быць спісам запісаў у блоках `[[{ $section }]]`, а не { $found }
check-section-wrong-type-help = пачынайце кожны запіс радком загалоўка `[[{ $section }]]`
check-no-campaign = няма табліцы `[campaign]`
check-no-campaign-help = яна ёсць у кожным файле кампаніі; як мінімум:
    { $example }
check-campaign-list = `campaign` мусіць быць адной табліцай `[campaign]`, а не спісам табліц `[[campaign]]`
check-campaign-list-help = запішыце загаловак з адзінарнымі дужкамі, адзін раз: `[campaign]`
check-campaign-wrong-type = `campaign` мусіць быць табліцай `[campaign]`, а не { $found }
check-campaign-wrong-type-help = напішыце радок загалоўка `[campaign]`, а пад ім `name = "…"`
check-what-organisation = запісу [[organisations]]
check-what-prisoner = запісу [[prisoners]]
check-what-letter = запісу [[letters]]
check-what-snooze = запісу [[snoozed]]
check-what-facility = запісу [[facilities]]
check-what-event = запісу [[events]]
check-what-statement = запісу [[statements]]
check-what-petition = запісу [[petitions]]
check-what-tally = падліку
check-what-entry = элемента `{ $key }`
check-what-top-level = верхняга ўзроўню файла кампаніі
check-released-but-status = { $label }: зададзены `released` ({ $date }), але `status` — "{ $status }"
check-released-but-status-help = пастаўце `status = "released"` (ці "deceased") або выдаліце `released`
check-verdict-before-arrest-help = прысуд не можа быць раней за арышт; праверце абедзве даты
check-release-before-arrest-help = вызваленне не можа быць раней за арышт; праверце абедзве даты
check-after-today = { $label }: `{ $key }` ({ $date }) пазней за сёння ({ $today })
check-detained-after-today-help = сёння { $today } ({ $source }); праверце год у `detained`
check-due-and-months = { $label }: нельга задаваць адначасова `release_due` і `sentence_months`
check-due-and-months-help = пакіньце `release_due`, калі дату назваў суд ці кампанія, або `sentence_months`, каб яна вылічвалася ад `detained`
check-release-overdue = { $label }: вызваленне чакалася { $due }{ $estimate ->
    [yes] {" "}(затрыманне + `sentence_months`)
   *[no] {""}
}, { PLURAL($n) ->
    [one] { $days } дзень
    [few] { $days } дні
   *[many] { $days } дзён
} таму (сёння { $today }), але `status` — "{ $status }"
check-release-overdue-help = праверце, ці няма новага абвінавачання, або абнавіце запіс; у справах гэта значыцца як пратэрмінаванае
check-expected-entries = спісам табліц, кожная пад загалоўкам `[[prisoners.{ $key }]]` пасля свайго палітвязня, або [{ $example }]
check-entry-not-table = { $label }: { $key }[{ $n }] мусіць быць табліцай, напрыклад { $example }, а не { $found }
check-entry-not-table-help = запішыце яго пад загалоўкам `[[prisoners.{ $key }]]` пасля палітвязня
check-custody-and-own = { $label }: `{ $key }` зададзены і ў палітвязня, і ў `custody`: { $key } бярэцца з месцаў утрымання: перанясіце яго туды
check-custody-and-own-help = выдаліце тут `{ $key }` і задайце яго ў апошнім элеменце `custody` (`{ $key } = "…"` пад яго `[[prisoners.custody]]`): там палітвязень цяпер
check-custody-order = { $label }: `since` ({ $since }) раней за `since` элемента вышэй, custody[{ $n }] ({ $before })
check-custody-order-help = пералічвайце месцы ад самага ранняга, у тым парадку, у якім палітвязня там утрымлівалі; праверце абедзве даты
check-custody-before-arrest-help = першае месца ўтрымання — тое, куды палітвязня даставілі пры арышце; праверце абедзве даты
check-custody-after-release = { $label }: `since` ({ $since }) пазней за `released` ({ $released })
check-custody-after-release-help = `custody` пералічвае месцы цяперашняга арышту, да вызвалення; праверце даты або запішыце арышт, які скончыўся, у `earlier`
check-earlier-overlap = { $label }: гэты арышт ({ $from } — { $to }) перакрываецца з earlier[{ $n }] ({ $before_from } — { $before_to }), элементам вышэй
check-earlier-overlap-help = ранейшыя арышты пералічваюцца ад самага ранняга, і кожны сканчаецца да пачатку наступнага; праверце даты
check-earlier-after-arrest = { $label }: `released` ({ $released }) пазней за `detained` ({ $detained }), дату цяперашняга арышту
check-earlier-after-arrest-help = `earlier` пералічвае арышты, якія скончыліся да цяперашняга; праверце даты
check-letter-after-today-help = сёння { $today } ({ $source }); ліст запісваецца, калі ён адпраўлены або прыйшоў
check-language-code = { $label }: `languages`: "{ $value }" — не код ISO 639-1
check-language-code-help = напішыце дзве малыя літары: be (беларуская), ru (руская), uk, pl, en, de, …
check-facility-twice = { $label }: `name` называе ўстанову, якая ўжо ёсць вышэй
check-facility-twice-help = аб'яднайце два запісы: улічваюцца толькі guidance і transit_days першага
check-facility-unmatched = { $label }: `name` не супадае з установай ніводнага палітвязня
check-facility-unmatched-help = запішыце назву так, як яна запісана ў `facility` ці `custody.facility` палітвязня (рэгістр, дыякрытыка і алфавіт не маюць значэння)
check-letter-after-release = { $label }: ліст адпраўлены { $date } палітвязню "{ $prisoner }", якога вызвалілі { $released }
check-letter-after-release-help = праверце дату або палітвязня: лісты ідуць тым, хто яшчэ за кратамі
check-kept-address = адрас
check-kept-notes = нататкі
check-kept-writers = хто напісаў { PLURAL($n) ->
    [one] { $count } ліст
    [few] { $count } лісты
   *[many] { $count } лістоў
} (`by`)
check-kept-remove = выдаліце { $keys } з запісу (і з яго месцаў утрымання)
check-kept-remove-and-by = выдаліце { $keys } з запісу (і з яго месцаў утрымання), а `by` — з яго { PLURAL($n) ->
    [one] { $count } ліста
    [few] { $count } лістоў
   *[many] { $count } лістоў
}
check-kept-remove-by = выдаліце `by` з яго { PLURAL($n) ->
    [one] { $count } ліста
    [few] { $count } лістоў
   *[many] { $count } лістоў
}
check-kept-past-release = { $label }: вызвалены { $released }, больш за { PLURAL($n) ->
    [one] { $days } дзень
    [few] { $days } дні
   *[many] { $days } дзён
} таму, а файл усё яшчэ захоўвае { $kept }
check-kept-help = { $remove }; `campaign-dash strip` запіша копію без іх. `retain_days` у [campaign] задае, колькі дзён яны могуць заставацца (цяпер { $days }); `retention_warnings = false` у наладах выключае гэтае папярэджанне
check-event-end-help = `date` — першы дзень, а `end` — апошні; праверце абодва
check-both-dates = праверце абедзве даты
check-expected-tallies = спісам падлікаў, напрыклад [{ $example }]
check-tally-not-table = { $label }: counts[{ $n }] мусіць быць падлікам, напрыклад { $example }, а не { $found }
check-two-tallies = { $label }: два падлікі на { $date } ({ $first } і { $second })
check-two-tallies-help = пакіньце адзін падлік на дату
check-tally-down = { $label }: падлік змяншаецца з { $from } на { $from_date } да { $to } на { $to_date }
check-tally-down-help = подпісаў пад петыцыяй можа толькі прыбываць; праверце лічбы і даты
## $source: адкуль бярэцца сёння.
check-today-source = { $source ->
    [flag] зададзена --today
    [as-of] `as_of` у [campaign]
   *[system] сістэмная дата
}
check-file-empty = файл пусты
check-file-blank = файл пусты: у ім толькі прабельныя знакі
check-file-empty-help = у файле кампаніі ёсць як мінімум:
    { $example }
check-odd-blank = некарэктны TOML: у файле толькі прабельныя знакі і { $code }, які TOML не дапускае як прабел (дапускаюцца толькі прабелы, табуляцыі і пераносы радкоў)
check-odd-blank-help = выдаліце яго; у файле кампаніі ёсць як мінімум:
    { $example }
check-too-much-structure = у файле зашмат ключоў, значэнняў і табліц, каб яго прачытаць: каля { $marks }, а чытаецца не больш за { $max }
check-too-much-structure-help = у кампаніі з 20,000 палітвязняў, 20,000 падзей і 40,000 заяў іх каля 1,200,000; праверце, ці гэта файл кампаніі, а не нешта іншае
check-newer-format = для гэтага файла патрэбны навейшы campaign-dash: фармат файла { $format }, а гэты campaign-dash чытае фармат { $reads }
check-newer-format-help = усталюйце навейшы campaign-dash
check-format-below-one = `format` мусіць быць 1 ці больш, а не { $value }
check-format-help = напішыце `format = { $format }` або не пішыце яго зусім
check-format-not-number = `format` мусіць быць цэлым лікам, а не `{ $value }`
check-format-huge = для гэтага файла патрэбны навейшы campaign-dash: яго `format` — вельмі вялікі лік
check-format-wrong-type = `format` мусіць быць цэлым лікам, а не { $found }
check-format-wrong-type-help = напішыце `format = { $format }`, без двукосся
check-stale-snooze = { $label }: `item` не адпавядае ніводнай справе, а `until` ({ $until }) ужо мінуў
check-stale-snooze-help = справа зроблена ці знікла: выдаліце гэты запіс [[snoozed]] (або звярыце UID з `print --view agenda --format csv`)
check-top-level = верхні ўзровень
check-syntax-no-such-day = `{ $key }`: дня { $date } няма ў календары
check-nested-too-deep = некарэктны TOML: значэнні ўкладзеныя глыбей за { $max } узроўняў
check-invalid-toml = некарэктны TOML: { $message }
check-duplicate-key-help = ключ можа быць у табліцы толькі адзін раз; кожны запіс раздзела пачынаецца з уласнага загалоўка `[[section]]`
check-unquoted-help = вазьміце тэкст у падвойнае двукоссе: `key = "text"`
check-nested-too-deep-help = спісы, убудаваныя табліцы ці ключы з кропкамі могуць укладацца не глыбей за { $max } узроўняў; файлу кампаніі трэба не больш за тры
check-invalid-date-help = праверце месяц і дзень: даты пішуцца як YYYY-MM-DD
check-unclosed-header-help = загаловак пішацца ў адзін радок: `[[prisoners]]`, `[campaign]`
check-id-empty = пусты
check-id-too-long = задоўгі: знакаў { $length }, а ў id можа быць не больш за { $max }
check-id-characters = можа мець толькі малыя літары a-z, лічбы, `-` і `_` і пачынацца з літары ці лічбы
check-id-example = напрыклад `yarashuk` ці `bkdp-2022`
check-bad-id = { $label }: id "{ $id }" { $why }
check-duplicate-id = { $label }: паўторны id `{ $id }`: яго ўжо мае { $first } у радку { $line }
check-duplicate-id-help = id у [[{ $section }]] мусяць быць унікальнымі; перайменуйце адзін з іх
check-ref-list = { $label }: `{ $key }` называе адзін запіс [[{ $section }]] па яго id, а тут спіс
check-ref-list-help = напішыце адзін id: `{ $key } = "…"`
check-expected-ref = id запісу [[{ $section }]] у двукоссі
check-no-ids-yet = ні ў аднаго запісу [[{ $section }]] яшчэ няма id; дайце аднаму `id = "{ $id }"`
check-ids-are = id запісаў [[{ $section }]]: { $ids }
check-unknown-ref = { $label }: `{ $key }` спасылаецца на "{ $id }", але гэта не id ніводнага запісу [[{ $section }]]
check-did-you-mean = магчыма, вы мелі на ўвазе `{ $word }`?
check-error = памылка
check-warning = папярэджанне
check-help = падказка
check-more-errors = { PLURAL($n) ->
    [one] { $count } памылка
    [few] { $count } памылкі
   *[many] { $count } памылак
}
check-more-warnings = { PLURAL($n) ->
    [one] { $count } папярэджанне
    [few] { $count } папярэджанні
   *[many] { $count } папярэджанняў
}
check-omitted = … і яшчэ { $what } па-за спісам: паказваюцца толькі першыя { $max } праблем
check-summary-clean = { $file }: праблем не знойдзена
check-summary-warnings = { $file }: загружаецца, але ёсць { $warnings }
check-summary-errors = { $file }: { $errors }; файл нельга загрузіць, пакуль { PLURAL($n) ->
    [one] { $n ->
        [1] яе
       *[other] іх
    }
    [few] іх
   *[many] іх
} не выправяць
check-summary-both = { $file }: { $errors } і { $warnings }; файл нельга загрузіць, пакуль не выпраўлены памылкі
check-conflict-markers = у файле ёсць маркеры канфлікту зліцця (радкі { $from }-{ $to }): развяжыце канфлікты або злейце праз campaign-dash merge
check-conflict-markers-help = пакіньце адзін бок кожнага канфлікту і выдаліце радкі маркераў (<<<<<<<, =======, >>>>>>>), потым захавайце; для git задайце campaign-dash як merge driver (гл. кіраўніцтва), каб канфліктаваў толькі ключ, зменены з абодвух бакоў
## Чаму файл нельга прачытаць: read-cannot мае адно з астатніх як $why.
read-cannot = не ўдаецца прачытаць { $path }: { $why }
read-not-found = такога файла няма (`campaign-dash init { $path }` створыць там пачатковы файл)
read-directory = гэта каталог, а не файл кампаніі
read-kind-fifo = іменаваны канал (FIFO)
read-kind-socket = сокет
read-kind-device = прылада
read-kind-special = спецыяльны файл
read-not-a-file = гэта { $kind }, а не файл кампаніі; укажыце шлях да звычайнага файла
read-too-large = яго памер { $size } ({ $bytes } байт), больш за { $max }, дазволеныя файлу кампаніі
read-grew = пакуль ён чытаўся, ён вырас больш за { $max }, дазволеныя файлу кампаніі
read-wrong-encoding = файл у кадоўцы { $encoding }; захавайце яго ў UTF-8
read-encrypted = ён зашыфраваны age; `campaign-dash decrypt { $path } -o FILE` адкрывае яго (з парольнай фразай ці ключом identity)
read-not-utf8 = гэта не тэкст UTF-8 (байт { $byte } у радку { $line }, слупку { $column }, зрух { $offset }); захавайце яго ў UTF-8
read-not-utf8-at = гэта не тэкст UTF-8 (байт { $byte }, зрух { $offset }); захавайце яго ў UTF-8
read-permission = няма доступу (праверце правы на файл)
check-info = звесткі
postal-more = яшчэ { $count }
postal-by-alias = { PLURAL($n) ->
    [one] { $count } палітвязня
    [few] { $count } палітвязняў
   *[many] { $count } палітвязняў
} — па першым з іншых імёнаў кірыліцай ({ $ids })
postal-by-name = { PLURAL($n) ->
    [one] { $count } палітвязня
    [few] { $count } палітвязняў
   *[many] { $count } палітвязняў
} — па імені як запісана, бо няма іншага імя кірыліцай ({ $ids })
postal-note = няма postal_name: канверты называюць { $names }; запішыце postal_name так, як патрабуе турэмная пошта
say-no-editor = няма рэдактара: задайце $VISUAL ці $EDITOR (напр. export EDITOR=nano), каб { $key } адкрываў файл
say-editor-not-opened = не адкрыта ў рэдактары: { $why }
say-editor-failed = не ўдалося запусціць рэдактар { $editor }: { $why }
say-editor-ended-kept = рэдактар { $editor } скончыў працу з { $status }: файл такі, як быў
say-editor-ended = рэдактар { $editor } скончыў працу з { $status }
say-edited-copy-unread = не ўдалося прачытаць адрэдагаваную копію ({ $why }): файл такі, як быў
say-editor-unchanged = у рэдактары нічога не зменена
ask-edit-again = Адрэдагаваны файл мае { $errors } і не можа быць зашыфраваны назад. Рэдагаваць зноў? [Y/n]
say-edit-not-kept = праўка мела памылкі і не захавана: файл такі, як быў
say-edit-not-sealed = не запісана: файл зашыфраваны, і { $why }
say-edit-kept-beside = не запісана па-над файлам: ён змяніўся на дыску, пакуль вы рэдагавалі; ваша праўка захавана, зашыфраваная, у { $side } (campaign-dash diff параўноўвае іх)
say-edit-lost-beside = не запісана: файл змяніўся на дыску, пакуль вы рэдагавалі, і { $side } не ўдалося запісаць: { $why }
say-edit-sealed = праўка зашыфравана назад у файл
say-not-written = не запісана: { $why }
say-record-line-not-found = радок запісу не знойдзены: адкрыта на пачатку
say-copy-failed = не ўдалося скапіяваць: { $why }
## The settings file's problems (campaign-dash config); the keys and names in backticks stay as written.
settings-invalid-toml-help = увесь файл прапушчаны: ужываюцца ўсе налады па змаўчанні
settings-must-be-bool = `{ $key }` мусіць быць true або false
settings-identity = `identity` — гэта шлях да файла з ключом identity для age, у двукоссі: "~/.config/campaign-dash/key.txt"
settings-lang = `lang` — адно са значэнняў { $codes }
settings-since = `since` — гэта рэвізія git або дзень, у двукоссі: "HEAD~1", "2026-11-30"
settings-known = вядомыя: { $names }
settings-unknown-setting = невядомая налада `{ $name }`
settings-unknown-theme = невядомая тэма `{ $name }`
settings-unknown-role = невядомая роля колеру `{ $name }`
settings-unknown-action = невядомае дзеянне `{ $name }`
settings-unknown-filter-action = невядомае дзеянне радка фільтра `{ $name }`
settings-unknown-list = невядомы спіс `{ $name }`
settings-unknown-column = невядомы слупок `{ $name }` у спісе { $list }
settings-must-be-table = `{ $name }` мусіць быць табліцай: загаловак `[{ $name }]` і ключы пад ім
settings-must-be-names = `{ $name }` мусіць быць спісам назваў у двукоссі, напрыклад ["j", "down"]
settings-theme-one-of = тэма мусіць быць адным са значэнняў { $names } у двукоссі
settings-not-a-colour = `{ $role }`: `{ $value }` — не колер
settings-colour-help = колер — гэта назва (red, blue, lightgreen, darkgray, ...), нумар аднаго з 256 колераў (0-255) або #rrggbb
settings-colour-in-quotes = `{ $role }` мусіць быць колерам у двукоссі
settings-key-taken = `{ $action }`: клавіша `{ $key }` ужо прызначана дзеянню `{ $first }`
settings-key-taken-help = прызначайце кожную клавішу толькі аднаму дзеянню
settings-unknown-key = `{ $action }`: невядомая клавіша `{ $key }`
settings-key-names = клавіша — гэта знак ("j", "G", "?") або enter, esc, tab, backtab, up, down, left, right, home, end, pageup, pagedown, backspace, delete; перад ёй можа стаяць "ctrl-" ці "alt-"
settings-no-keys = у `{ $action }` няма клавіш; каб пакінуць яму клавішы па змаўчанні, не пішыце яго зусім
settings-last-key = `{ $by }` забірае ў `{ $other }` апошнюю клавішу: у яго не застаецца ніводнай
settings-last-key-help = прызначце `{ $other }` уласную клавішу ў [{ $section }]
settings-column-twice = `{ $list }`: `{ $column }` названы двойчы
settings-no-column = `{ $list }` не паказвае ніводнага слупка: паказваюцца ўсе
settings-summary = { $file }: { $errors } і { $warnings }; кожная праблема прапушчана, а замест яе ўжываецца значэнне па змаўчанні
settings-none = няма файла налад па шляху { $place }: ужываюцца ўсе налады па змаўчанні.
    `campaign-dash config --default > { $place }` запіша файл, які можна правіць.
settings-left-out = налады: { PLURAL($n) ->
    [one] { $count } праблема прапушчана (падрабязнасці: campaign-dash config)
    [few] { $count } праблемы прапушчаныя (падрабязнасці: campaign-dash config)
   *[many] { $count } праблем прапушчана (падрабязнасці: campaign-dash config)
}
settings-unreadable = налады: файл не ўдалося прачытаць; ужываюцца налады па змаўчанні
## The commands' own lines (diff, merge, encrypt, decrypt, strip, print, import, log, man); options and commands in them stay as typed.
cli-diff-format = diff выводзіць text, markdown або json, а не { $format }
cli-envelopes-presenting = рэжым паказу хавае адрасы: канверты нельга друкаваць у рэжыме паказу
cli-warnings-note = { $file }: { $warnings } (campaign-dash check { $file } пералічвае { PLURAL($n) ->
    [one] { $n ->
        [1] яго
       *[other] іх
    }
    [few] іх
   *[many] іх
})
cli-diff-which = версію задае --git або --since
cli-diff-one-file = --git і --since параўноўваюць адзін файл з яго ранейшай версіяй: назавіце адзін файл
cli-diff-two-files = diff параўноўвае два файлы: campaign-dash diff OLD NEW (або --git REV FILE)
cli-git-not-utf8 = git { $command }: гэта не тэкст UTF-8
cli-git-missing = праграма git не знойдзена: усталюйце git або параўнайце два файлы (campaign-dash diff OLD NEW)
cli-git-not-run = не ўдалося запусціць git: { $reason }
cli-no-commit-before = няма ніводнага каміта з { $file } раней за { $day }
cli-cannot-read = не ўдаецца прачытаць { $file }: { $reason }
cli-side-not-loading = { $file } не загружаецца, таму не параўноўваецца запіс за запісам:
cli-output-failed = не ўдалося запісаць вывад: { $reason }
cli-no-default-file = у гэтай тэчцы няма { $file }.
    Назавіце файл кампаніі (`campaign-dash FILE`) або стварыце пачатковы праз `campaign-dash init`.
cli-nothing-merged = Нічога не зліта.
cli-merge-side-broken = версія { $side } ({ $file }) не загружаецца, таму нічога не зліта: выпраўце яе або злейце ўручную
cli-merge-layout = версію { $side } ({ $file }) нельга зліць запіс за запісам: { $why }. Нічога не зліта: злейце ўручную
cli-could-not-write = не ўдалося запісаць { $file }: { $reason }
cli-conflicts-left = у { $file } { PLURAL($n) ->
    [one] застаўся { $count } канфлікт
    [few] засталіся { $count } канфлікты
   *[many] засталося { $count } канфліктаў
}: пакіньце адзін бок кожнага і выдаліце радкі маркераў (<<<<<<<, =======, >>>>>>>), потым запусціце `campaign-dash check`
cli-merged-broken = зліты файл не загружаецца (кожная версія паасобку была ў парадку): выпраўце яго ў { $file }
cli-passphrase-command-not-run = не ўдалося запусціць --passphrase-command: { $reason }
cli-passphrase-command-failed = --passphrase-command скончыўся няўдала ({ $status }): нічога не зроблена
cli-passphrase-not-utf8 = парольная фраза, якую выдаў --passphrase-command, — не тэкст UTF-8
cli-passphrase-for = Парольная фраза для { $file }
cli-passphrase-no-terminal = няма тэрмінала, каб спытаць парольную фразу: задайце --passphrase-command CMD
cli-passphrase-again = Паўтарыце яе для праверкі
cli-passphrase-unreadable = не ўдалося прачытаць парольную фразу: { $reason }
cli-passphrases-differ = дзве парольныя фразы не супадаюць: нічога не запісана
cli-passphrase-empty = парольная фраза пустая: нічога не зроблена
cli-no-public-key = у { $file } няма ніводнага адкрытага ключа
cli-encrypt-to-whom = для каго шыфраваць? задайце -r RECIPIENT (age1…), -R FILE або --passphrase
cli-could-not-encrypt = не ўдалося зашыфраваць: { $reason }
cli-not-encrypted = { $file } не загружаецца: нічога не зашыфравана
cli-exists = { $file } ужо існуе: нічога не запісана (--force замяняе яго)
cli-encrypted-passphrase = { $out } запісаны, зашыфраваны парольнай фразай. { $file } па-ранейшаму ляжыць незашыфраваны: як толькі `campaign-dash decrypt { $out }` адкрые новы файл, выдаліце { $file } (і яго копіі: у рэзервовых копіях, у сінхранізаванай тэчцы, у гісторыі git).
cli-encrypted-keys = { $out } запісаны, зашыфраваны для { PLURAL($n) ->
    [one] { $count } адкрытага ключа
    [few] { $count } адкрытых ключоў
   *[many] { $count } адкрытых ключоў
}. { $file } па-ранейшаму ляжыць незашыфраваны: як толькі `campaign-dash decrypt { $out }` адкрые новы файл, выдаліце { $file } (і яго копіі: у рэзервовых копіях, у сінхранізаванай тэчцы, у гісторыі git).
cli-plaintext-terminal = незашыфраваны тэкст не выводзіцца ў тэрмінал (ён застаўся б у гісторыі пракруткі): задайце -o OUT або перадайце яго праз канал (|)
cli-cannot-decrypt = не ўдаецца расшыфраваць { $file }: { $reason }
cli-decrypted = { $out } запісаны: незашыфраваны тэкст { $file }, які можаце чытаць толькі вы. Выдаліце яго, калі скончыце.
cli-strip-unsound = ачышчаная кампанія не была б тым самым спісам (памылка campaign-dash): нічога не запісана
cli-stripped = { $out } запісаны: { PLURAL($n) ->
    [one] { $count } палітвязень
    [few] { $count } палітвязні
   *[many] { $count } палітвязняў
}, выдаленыя: { $hidden } (і каментарыі файла)
cli-print-evening-format = --view { $view } друкуецца як text або pdf: дадайце --format pdf -o FILE.pdf або не пішыце --format
cli-print-pdf-views = --format pdf друкуе --view envelopes і --view sheets; астатнія выгляды друкуюцца як text, markdown, csv, json, xlsx або ics
cli-print-labels = --labels і --envelope задаюць макет для --view envelopes --format pdf
cli-print-pdf-terminal = PDF — двайковы файл, і ў тэрмінал ён не выводзіцца: назавіце файл праз -o FILE.pdf або перанакіруйце stdout (> FILE.pdf)
cli-print-all-xlsx = --view all запісвае кнігу, па адным аркушы на выгляд: дадайце --format xlsx -o FILE.xlsx
cli-print-all-filter = --filter і --sort дзейнічаюць на адзін выгляд, а не на --view all
cli-print-raw-csv = --raw і --bom дзейнічаюць толькі з --format csv
cli-print-xlsx-terminal = кніга xlsx — двайковы файл, і ў тэрмінал яна не выводзіцца: назавіце файл праз -o FILE.xlsx або перанакіруйце stdout (> FILE.xlsx)
cli-print-over-campaign = -o { $file } — гэта файл кампаніі, які чытаецца; print ніколі яго не перазапісвае: назавіце іншы файл
cli-import-exists = { $file } ужо існуе; import ніколі не перазапісвае файлы: назавіце новы
cli-import-seal-needs-age = -r, -R і --passphrase шыфруюць новы файл: назавіце яго праз -o FILE.age
cli-import-strict = { $file }: { $errors } пры --strict; нічога не запісана
cli-imported = { $file }: { $counted }, прачытана як { $read_as }
cli-imported-warnings = { $warnings } (кожнае паказана вышэй і захавана ў файле як каментарый)
cli-imported-written = запісана ў { $file }
cli-log-has-errors = у { $file } ёсць памылкі, якія трэба спачатку выправіць; нічога не запісана
cli-log-nothing-written = у { $file } нічога не запісана
cli-since-unreadable = --since { $since }: гэтую версію не ўдалося прачытаць
cli-terminal-failed = збой тэрмінала: { $reason }
cli-man-not-folder = { $dir } — не тэчка (man --dir запісвае ў наяўную тэчку)
## Writing the version shown back over a file on disk that cannot be shown (R, and on quitting).
ask-write-back = Запісаць назад у { $file }: { $version }? На дыску файл { $state }.
ask-write-back-quit = { $file } на дыску { $state }. Запісаць паказаную версію назад перад выхадам?
ask-write-back-yes = запісаць назад
ask-write-back-quit-no = выйсці без запісу
ask-write-back-stay = застацца
back-empty = пусты
back-errors = мае { $errors }
back-unreadable = не чытаецца
back-size = { $state } і займае { $percent }% памеру паказанай версіі
back-version-from = версія з { $time }
back-version-at-start = версія, загружаная на пачатку
back-what = { $version }
banner-write-back = { $key } — запісаць яе назад
say-written-back = { $file } запісаны назад: { $what }
say-nothing-to-write-back = няма чаго запісваць назад: паказанай версіяй перапісваецца толькі файл на дыску, які пусты, мае памылкі або не чытаецца
help-write-back = запісаць паказаную версію па-над сапсаваным файлам
## The local history of versions (campaign-dash history, restore).
say-history-failed = гісторыю версій не ўдалося запісаць ({ $why }); сам файл застаўся такім, як быў
history-off = гісторыя версій выключана (`history = false` у наладах) або няма хатняй тэчкі, каб яе там захоўваць
history-none = ніводная версія { $file } яшчэ не захавана: захоўваецца кожная, якая загружаецца без памылак (інтэрфейс, check, print)
history-head = { $file }: { PLURAL($n) ->
    [one] { $count } версія захавана
    [few] { $count } версіі захаваны
   *[many] { $count } версій захавана
} ў { $dir } (N лічыцца назад ад апошняй)
history-first = першая захаваная
history-sealed = зашыфравана (не параўноўваецца)
history-unreadable = не чытаецца
history-no-record = ніводзін запіс не зменены
history-changes = дададзена: { $added }, зменена: { $changed }, выдалена: { $removed }
history-bytes = { $size } Б
history-records = { $records } зап.
history-how = campaign-dash restore { $file } --at N -o OUT запісвае версію N у OUT (--force: па-над самім { $file })
restore-no-such = у гісторыі { $file } няма версіі { $at } ({ PLURAL($n) ->
    [one] захавана { $count } версія
    [few] захаваны { $count } версіі
   *[many] захавана { $count } версій
}: campaign-dash history { $file } выводзіць іх спіс)
restore-written = { $out } запісаны: версія з { $time } (запісаў: { $records })
## What a reload changed (the status line), and the file watcher.
reload-summary = перачытана: { $changes }
reload-none = перачытана: без змен
reload-added = дададзена: { $n }
reload-changed = зменена: { $n }
reload-removed = выдалена: { $n }
reload-removed-most = выдалена: { $n }, большасць запісаў (ці файл захаваны цалкам?)
reload-campaign = табліца [campaign] змянілася
reload-snoozes = адкладзеныя справы змяніліся
reload-facilities = месцы зняволення ([[facilities]]) змяніліся
reload-loads-now = { $file } цяпер загружаецца: паказваем яго
say-not-watching = файл не адсочваецца ({ $why }): { $key } перачытвае яго
say-watch-failed = адсочванне файла не ўдалося ({ $why }): { $key } перачытвае яго

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

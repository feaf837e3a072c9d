# campaign-dash, по-русски. Слова — как у Вясны и ОВД-Инфо:
# политзаключённый, СИЗО, колония, петиция, пикет (docs/glossary.md).

tab-overview = Обзор
tab-prisoners = Политзаключённые
tab-events = События
tab-statements = Заявления
tab-organisations = Организации
tab-petitions = Петиции
tab-letters = Письма
tab-agenda = Дела

tab-short-overview = Обзор
tab-short-prisoners = Политз.
tab-short-events = События
tab-short-petitions = Петиции
tab-short-letters = Письма
tab-short-agenda = Дела
tab-short-statements = Заявл.
tab-short-organisations = Орг.

day-today = сегодня
day-tomorrow = завтра
day-yesterday = вчера
days-in = через { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
days-ago = { $n ->
    [one] { $count } день назад
    [few] { $count } дня назад
   *[many] { $count } дней назад
}
days = { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}

month-1 = янв
month-2 = фев
month-3 = мар
month-4 = апр
month-5 = май
month-6 = июн
month-7 = июл
month-8 = авг
month-9 = сен
month-10 = окт
month-11 = ноя
month-12 = дек

status-detained = задержаны
status-imprisoned = в заключении
status-restricted = ограничение свободы
status-released = освобождены
status-deceased = погибли

panel-figures = Цифры
panel-attention = Требует внимания
panel-next-events = Ближайшие события
panel-coming-up = Освобождения и дни рождения
panel-petitions = Петиции
panel-events-per-month = События по месяцам
panel-events-per-month-from = События по месяцам, { $from } — { $to }
panel-statements = Последние заявления
panel-changed = Изменения
panel-changed-since = Изменения с { $label }
panel-fewest = Меньше всего писем

figure-prisoners = Политзаключённые
figure-at-risk = { $total }, { $count } в особой опасности
figure-in-custody = Сейчас за решёткой
figure-days-behind-bars = Дней за решёткой
figure-days-combined = { $count } вместе
figure-partial-arrests = не больше: { $n ->
    [one] { $count } дата задержания известна только до месяца или года
    [few] { $count } даты задержания известны только до месяца или года
   *[many] { $count } дат задержания известны только до месяца или года
}
figure-events = События
figure-events-past-upcoming = { $past } прошло, { $upcoming } впереди
figure-countries = Страны
figure-statements = Заявления
figure-letters-30 = Письма, 30 дней
figure-letters-sent-received = { $sent } отправлено, { $received } получено
figure-no-letters = Ещё без писем
figure-prisoners-in-custody = { $n ->
    [one] { $count } политзаключённый за решёткой
    [few] { $count } политзаключённых за решёткой
   *[many] { $count } политзаключённых за решёткой
}

overview-no-one-in-custody = Никто не за решёткой.
overview-letters-fewest-first = Письма, отправленные за { $days } дней, сначала меньше всего:
overview-no-news = , без вестей { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
overview-nothing-due = Ничего просроченного или на эту неделю.
overview-first-to-do = Сделать сначала
overview-no-upcoming = В файле нет ближайших событий.
overview-now = сейчас
overview-releases-none = Освобождения в ближайшие 90 дней: нет
overview-releases = Освобождения в ближайшие 90 дней
overview-estimate = , оценка
overview-birthdays-hidden = Дни рождения: { $note }
overview-birthdays-none = Дни рождения в ближайшие 30 дней: нет
overview-birthdays = Дни рождения в ближайшие 30 дней (пошлите открытку)
overview-turns = { $name }: { $age } ({ $when })
overview-nothing-changed = Ничего не добавлено и не изменено с { $label }.
overview-added = { $count } добавлено
overview-changed = { $count } изменено
overview-no-count-goal = подписи ещё не подсчитаны (цель { $goal })
overview-no-count = подписи ещё не подсчитаны, цель не задана
overview-signatures-no-goal = { $count } подписей на { $date }, цель не задана
overview-signatures-of-goal = { $percent }%  { $count } из { $goal }
overview-no-petitions = В файле нет петиций.
overview-more = и ещё { $count } во вкладке «{ $tab }» ({ $number })
overview-not-shown = Не показано, увеличьте окно: { $names }
overview-no-statements = В файле нет заявлений.

group-overdue = Просрочено
group-this-week = Эта неделя
group-next-30 = Ближайшие 30 дней
group-later = Позже

agenda-events = { $n ->
    [one] { $count } событие
    [few] { $count } события
   *[many] { $count } событий
}
agenda-birthdays = { $n ->
    [one] { $count } открытка ко дню рождения
    [few] { $count } открытки ко дню рождения
   *[many] { $count } открыток ко дню рождения
}
agenda-releases = { $n ->
    [one] { $count } освобождение
    [few] { $count } освобождения
   *[many] { $count } освобождений
}
agenda-releases-overdue = { $n ->
    [one] { $count } просроченное освобождение
    [few] { $count } просроченных освобождения
   *[many] { $count } просроченных освобождений
}
agenda-anniversaries = { $n ->
    [one] { $count } годовщина
    [few] { $count } годовщины
   *[many] { $count } годовщин
}
agenda-letters = { $n ->
    [one] { $count } письмо
    [few] { $count } письма
   *[many] { $count } писем
}
agenda-checks = { $n ->
    [one] { $count } проверка
    [few] { $count } проверки
   *[many] { $count } проверок
}
agenda-petitions = { $n ->
    [one] { $count } петиция
    [few] { $count } петиции
   *[many] { $count } петиций
}

today = Сегодня
today-counted = все цифры — на этот день
today-source-flag = задано --today
today-source-as-of = дата as_of в файле
today-source-system = системная дата

hint-keep = оставить
hint-clear = очистить
hint-clear-line = очистить строку
hint-delete-word = удалить слово
hint-choose = выбрать
hint-open = открыть
hint-filter = фильтр
hint-tabs = вкладки
hint-help = справка
hint-quit = выйти
hint-move = движение
hint-detail = подробно
hint-sort = сортировать
hint-links = ссылки
hint-follow = перейти
hint-back = назад
hint-list = список
hint-scroll = прокрутка
hint-a-letter = буква
hint-sorts = сортирует (список выше)
hint-cancel = отменить
hint-today = сегодня

## The help of each key (English: src/app/keymap.toml)

help-tab-overview = Обзор: кампания одним взглядом
help-tab-prisoners = Политзаключённые
help-tab-events = События
help-tab-statements = Заявления
help-tab-organisations = Организации
help-tab-petitions = Петиции
help-tab-letters = Письма
help-tab-agenda = Дела: что сделать и к какому сроку
help-other-pane = между списком и подробностями
help-next-tab = следующая вкладка
help-prev-tab = предыдущая вкладка
help-down = следующая строка, ссылка или пункт
help-up = предыдущая строка, ссылка или пункт
help-page-down = страница вниз
help-page-up = страница вверх
help-top = первая строка (начало подробностей)
help-bottom = последняя строка (конец подробностей)
help-open = открыть подробности, выбранную ссылку или пункт
help-back = назад к списку (закрывает справку)
help-go-back = назад по пройденным ссылкам
help-filter = фильтровать список (слова или поле:значение; см. docs/filter.md)
help-toggle-filter = выключить и снова включить фильтр
help-next-match = следующее совпадение (без фильтра: во всём списке)
help-prev-match = предыдущее совпадение фильтра
help-sort = сортировать по следующему столбцу (или щёлкните заголовок)
help-reverse-sort = обратный порядок
help-present = режим показа: скрыть личное (адреса, заметки, ...)
help-reload = прочитать файл снова (делается само при сохранении)
help-edit = открыть файл в $VISUAL или $EDITOR на выбранной записи (в Проблемах: на проблеме)
help-copy = скопировать выбранную запись как текст
help-copy-address = скопировать адрес для конверта (каждого отмеченного)
help-log-letter = записать письмо политзаключённому (каждому отмеченному)
help-checked = записать проверку сегодня (каждого отмеченного)
help-agenda-act = дела: сделать то, что просит пункт
help-mark = отметить политзаключённого или снять отметку
help-mark-all = отметить всех показанных
help-clear-marks = снять отметки
help-pick-random = выбрать политзаключённого наугад
help-undo = отменить последнюю запись
help-snooze = дела: отложить пункт до дня
help-problems = список ошибок и предупреждений файла
help-suspend = приостановить и выйти в оболочку (fg возвращает)
help-help = показать или скрыть справку
help-quit = выйти (в справке: закрыть её)
help-quit-now = выйти откуда угодно
help-zoom = отдать весь экран выбранной панели (списку или подробностям) и обратно
help-sort-by = сортировать по столбцу: o, затем его буква (строка состояния их показывает; повтор — обратно)
help-edit-accept = оставить фильтр
help-edit-cancel = очистить фильтр
help-edit-next-field = следующее поле
help-edit-previous-field = предыдущее поле
help-edit-left = курсор влево
help-edit-right = курсор вправо
help-edit-home = начало строки
help-edit-end = конец строки
help-edit-backspace = удалить слева
help-edit-delete = удалить справа
help-edit-clear = очистить строку
help-edit-delete-word = удалить слово
help-edit-quit = выйти

## The help overlay

help-title = Клавиши
help-filter-line = В строке фильтра и в формах:
help-marks = Политзаключённые: { $marks } (подробности говорят, что и почему); ● отмечен.
help-mouse = Мышь: щёлкните вкладку, строку, заголовок (сортирует) или ссылку (переходит); колесо прокручивает.
help-close = { $back }, { $help } или { $quit } закрывает справку ({ $quit_now } — выход); { $down }, { $page }, { $top } прокручивают её.
help-more-above = ещё выше
help-more-below = ещё ниже
mark-risk = особая опасность
mark-earlier = с прежними арестами
mark-estimate = день ареста неизвестен

## The agenda's items

agenda-on-now = идёт сейчас, до { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = проверить запись: последний раз проверена { $date }
agenda-check-never = проверить запись: ни разу не проверена
agenda-place-takes = { $place }: почта идёт { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
agenda-post-takes = почта идёт { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
agenda-card-by = отправить открытку ко дню рождения до { $by }: { $age } { $age ->
    [one] год
    [few] года
   *[many] лет
} { $birthday }; { $takes }
agenda-card-late = открытка опаздывает: отправить сегодня: { $age } { $age ->
    [one] год
    [few] года
   *[many] лет
} { $birthday }; { $takes }
agenda-card-late-calendar = открытка опаздывает (отправить до { $by }): { $age } { $age ->
    [one] год
    [few] года
   *[many] лет
} { $birthday }; { $takes }
agenda-estimate = (оценка)
agenda-due-out = освобождение { $date }{ $estimate }
agenda-due-out-from = освобождение { $date }, из: { $place }{ $estimate }
agenda-find-address = найти почтовый адрес: не записан
agenda-overdue = освобождение ожидалось { $due }{ $estimate }, { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
} назад: проверьте, нет ли нового обвинения, или обновите запись
agenda-overdue-calendar = освобождение ожидалось { $due }{ $estimate }: проверьте, нет ли нового обвинения, или обновите запись
agenda-years-since-arrest = { $n ->
    [one] { $count } год
    [few] { $count } года
   *[many] { $count } лет
} с ареста { $arrested }
agenda-days-behind-bars = { $count } дней за решёткой
agenda-days-behind-bars-earlier = { $count } дней за решёткой, с прежними арестами
agenda-write-last = написать письмо: последнее отправлено { $sent }
agenda-write-since-start = написать письмо: ни одного с начала кампании { $started }
agenda-write-since-arrest = написать письмо: ни одного с ареста { $arrested }
agenda-write-none = написать письмо: ни одного не отправлено
agenda-returned = проверить адрес: письмо вернулось { $back }
agenda-moved = написать на новый адрес: переведён в { $place } { $since }
agenda-of-goal = { $count } из { $goal }
agenda-signatures-after = : подписей { $count }
agenda-closes = закрывается { $when }{ $count }
agenda-closes-on = закрывается { $closed }{ $count }
agenda-goal-reached = цель достигнута { $date } (подписей { $count }): передать
agenda-count-last = записать число подписей: последнее { $date }
agenda-count-none = записать число подписей: ни одного с открытия { $since }
agenda-snoozed = отложено до { $until }
agenda-snoozed-note = отложено до { $until }: { $note }
agenda-head = Сегодня { $today }, до { $last }: { $count } · { $open } открывает · { $filter } фильтрует
agenda-head-items = { $n ->
    [one] { $count } дело
    [few] { $count } дела
   *[many] { $count } дел
}
agenda-head-snoozed-items = { $n ->
    [one] { $count } отложенное дело
    [few] { $count } отложенных дела
   *[many] { $count } отложенных дел
}
agenda-head-of = { $shown } из { $total }
agenda-head-and-snoozed = { $count } · отложено: { $snoozed }
agenda-preparing = Готовится поиск для фильтра: дела появятся через миг.
agenda-no-match = Ни одно дело не подходит под фильтр.
agenda-nothing = Нечего делать в ближайшие { $n ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}.

## The lists' columns (English: src/table.rs)

column-name = Имя
column-status = Статус
column-org = Орг.
column-detained = Задержан
column-days-held = Дней
column-due = Освобождение
column-sentence = Приговор
column-facility = Учреждение
column-events = События
column-stmts = Заявл.
column-no-news = Без вестей
column-sent = Писем
column-last-sent = Последнее
column-in-90d = За 90 дн.
column-unwritten = Без писем
column-risk = Угроза
column-checked = Проверено
column-date = Дата
column-kind = Вид
column-title = Название
column-city = Город
column-country = Страна
column-author = Автор
column-text = Текст
column-short = Сокращ.
column-members = Членов
column-host = Площадка
column-latest = Последнее
column-goal = Цель
column-progress = Прогресс
column-prisoner = Политзаключённый
column-direction = Направление
column-count = Сколько
column-channel = Способ
column-event = Событие
column-when = Когда

## The detail pane

detail-title = Подробно
detail-title-links = Подробно ({ $down } ссылки, { $open } перейти)
detail-title-scroll = Подробно ({ $down } прокрутка, { $back } назад)
detail-title-focus = Подробно ({ $pane } или { $open }: фокус)

## Подробности: заголовки, пометки и вычисленное; подписи строк (field-…)

field-address = адрес
field-aliases = другие имена
field-attendance = участники
field-author = автор
field-born = рождение
field-by = кто
field-channel = способ
field-charges = статьи
field-checked = проверено
field-city = город
field-closed = закрыта
field-count = сколько
field-country = страна
field-date = дата
field-days-held = дней в неволе
field-delivered = передана
field-detained = задержание
field-direction = направление
field-event = событие
field-facility = учреждение
field-goal = цель
field-host = площадка
field-id = id
field-interests = интересы
field-kind = вид
field-language = язык
field-latest-count = последний счёт
field-letters = письма
field-letters-there = письма туда
field-no-news = без вестей
field-notes = Заметки
field-opened = открыта
field-organisation = организация
field-organisations = организации
field-postal-name = имя для почты
field-prisoner = заключённый
field-prisoners = заключённые
field-progress = прогресс
field-reads = читает на
field-release-due = срок выхода
field-released = освобождён
field-released-how = как освобождён
field-risk = опасность
field-role = роль
field-sentence = приговор
field-sentence-months = срок, мес.
field-sentenced = дата приговора
field-short = сокращение
field-source = источник
field-sources = источники
field-sponsors = опекуны
field-status = статус
field-summary = Кратко
field-time = время
field-translation-english = Перевод (англ.)
field-url = ссылка
field-venue = место

detail-timeline = Хронология
detail-letters = Письма
detail-events-naming = События, где он или она названы
detail-statements-naming = Заявления, где он или она названы
detail-organisations = Организации
detail-prisoners-demanded = Политзаключённые, чьей свободы требовали
detail-letters-written-here = Письма, написанные здесь
detail-statements-at-event = Заявления на событии
detail-text = Текст
detail-member-prisoners = Политзаключённые — члены
detail-events = События
detail-statements = Заявления
detail-petitions-hosted = Петиции на площадке
detail-tallies = Подсчёты
detail-none-recorded = ничего не записано
detail-none-named = никто не назван
detail-none-listed = никого нет в списке
detail-none = нет
detail-no-tallies = подсчётов нет
detail-no-news-since-letter = с последнего полученного письма, { $date }
detail-no-news-since-arrest = с ареста: ни одного письма не получено
detail-no-news = { $days }, { $since }
detail-turns = исполнится { $age } — { $date }, { $when }
detail-aged-60 = { $tag } (60 лет и старше)
detail-held-combined-now = { $days }, арестов вместе: { $arrests }; этот — { $this } на { $today }
detail-held-combined = { $days }, арестов вместе: { $arrests }; последний — { $this }
detail-held-now = { $days } на { $today }
detail-held = { $days } за решёткой
detail-held-estimate = ~: арест, известный лишь с точностью до месяца или года, считается с его первого дня
detail-held-unknown = неизвестно (нет даты задержания или освобождения)
detail-due-estimate = оценка: задержание + месяцы срока
detail-letter-takes = письмо идёт { $days }
detail-event-past = прошло, { $when }
detail-event-now = идёт сейчас
detail-event-upcoming = предстоит, { $when }
detail-upcoming = предстоит
detail-about = около { $count }
detail-none-set = не задана
detail-signatures-on = { $n ->
    [one] { $count } подпись на { $date }
    [few] { $count } подписи на { $date }
   *[many] { $count } подписей на { $date }
}
detail-no-count = подсчёта ещё нет
detail-of-goal = { $percent }% цели
detail-letter-title = { $pieces ->
    [1] { $way ->
        [sent] Письмо политзаключённому
        [received] Письмо от политзаключённого
       *[returned] Вернувшееся письмо политзаключённому
    }
   *[other] { $way ->
        [sent] Письма и открытки ({ $count }) политзаключённому
        [received] Письма и открытки ({ $count }) от политзаключённого
       *[returned] Вернувшиеся письма ({ $count }) политзаключённому
    }
}: { $name }
detail-no-such-prisoner = { $name } (ни у одного политзаключённого нет такого id)

dates-from-to = { $from } — { $to }
timeline-earlier = прежний арест, { $days } в неволе
timeline-earlier-kind = прежний арест ({ $kind }), { $days } в неволе
timeline-sentence = приговор: { $sentence }
timeline-arrested = арест
timeline-so-far = { $days } на сегодня
timeline-address = адрес: { $address }
timeline-verdict = приговор
timeline-release-due = срок выхода
timeline-estimate = оценка
timeline-released = освобождение
letter-sent = отправлено
letter-received = получено
letter-returned = вернулось
letter-by-post = почтой
letter-by-courier = через курьера
letter-in-parcel = в посылке
letter-online = онлайн
letter-by-other = другим способом
letter-from = от: { $name }
letter-to = кому: { $name }
letters-sent = отправлено: { $count }
letters-received = получено: { $count }
letters-returned = вернулось: { $count }
letters-last = { $what } (последнее { $date })

list-filter = фильтр: { $query }
list-preparing = { $what ->
    [filter] готовится фильтр…
    [sort] готовится сортировка…
   *[both] готовятся фильтр и сортировка…
}
list-shown-of = { $shown } из { $total }
list-unfinished = не дописан
list-filter-off = фильтр выключен: { $query }, совпадений: { $count } ({ $on }: включить, { $jump }: к следующему)
list-sort-by = по { $column }
list-empty = В этом файле нет записей: { $lower }.
list-preparing-search = Готовится поиск по { $count } записям ({ $lower }): строки появятся через мгновение. Клавиши уже работают.
list-no-match = Ничто не подходит под фильтр `{ $filter }`{ $which ->
    [last] {" "}(последний без ошибки)
   *[typed] {""}
}. { $change } — изменить его, { $clear } в строке фильтра — очистить.
detail-lines = строки { $from }-{ $to } из { $total }
detail-nothing-selected = Ничего не выбрано.
filter-prompt = Фильтр
filter-finding = ищутся совпадения среди { $total }…
filter-clears = { $key } очистить
filter-keeps = { $key } оставить

## The filter fields' descriptions (English in src/model/fields.rs and src/query/search.rs)

filter-prisoner-name = имя, одно из других имён или имя для почты
filter-prisoner-status = detained, imprisoned, restricted, released или deceased
filter-prisoner-org = название организации или её сокращённое название
filter-prisoner-role = роль, напр. president
filter-prisoner-charge = одна из статей
filter-prisoner-facility = где содержится, напр. колония
filter-prisoner-sentence = срок, как он записан, напр. "9 years"
filter-prisoner-notes = заметки и обстоятельства освобождения
filter-prisoner-interest = о чём политзаключённому интересно читать в письмах
filter-prisoner-sponsor = один из опекунов
filter-prisoner-reads = язык, на котором читает, напр. reads:be
filter-prisoner-id = id записи
filter-prisoner-born = дата рождения
filter-prisoner-detained = дата ареста
filter-prisoner-sentenced = дата приговора
filter-prisoner-released = дата освобождения
filter-prisoner-due = ожидаемое освобождение, записанное или рассчитанное
filter-prisoner-days = дни за решёткой за все аресты вместе (столбец «Дней»), напр. days:>1000
filter-prisoner-events = сколько событий упоминают политзаключённого, напр. events:0
filter-prisoner-statements = сколько заявлений упоминают политзаключённого, напр. statements:0
filter-prisoner-risk = почему под особой угрозой: health, disability, elderly (также по born), mental-health, isolation, incommunicado, terror-list или other
filter-prisoner-moved = когда перевели в другое место содержания
filter-prisoner-news = дни без полученного письма, напр. news:>60
filter-prisoner-letters = сколько писем записано, напр. letters:0
filter-prisoner-sent90 = письма, отправленные за последние 90 дней, напр. sent90:<3
filter-prisoner-unwritten = дни с отправки последнего письма (или с ареста), напр. unwritten:>60
filter-event-title = название
filter-event-kind = picket, rally, march, conference, meeting, vigil, letters, delivery, online или other
filter-event-date = день или дни события
filter-event-city = город
filter-event-country = страна
filter-event-venue = место проведения
filter-event-org = название организации или её сокращённое название
filter-event-prisoner = политзаключённый, упомянутый в событии
filter-event-summary = краткое содержание
filter-event-id = id записи
filter-statement-author = кто сказал или написал
filter-statement-role = роль автора
filter-statement-org = организация, от имени которой сказано, по названию или сокращению
filter-statement-event = название события, на котором оно сделано
filter-statement-prisoner = политзаключённый, упомянутый в заявлении
filter-statement-text = слова или их перевод
filter-statement-lang = код языка, напр. en, pt, be (pt находит и pt-BR)
filter-statement-kind = speech, letter, resolution, press, social, greeting, interview или other
filter-statement-date = день, когда сказано или опубликовано
filter-statement-id = id записи
filter-organisation-name = название или сокращённое название
filter-organisation-short = сокращённое название
filter-organisation-kind = вид, напр. union, federation
filter-organisation-country = страна
filter-organisation-notes = заметки
filter-organisation-id = id записи
filter-petition-title = название
filter-petition-host = название или сокращённое название площадки
filter-petition-opened = день открытия
filter-petition-closed = день закрытия
filter-petition-id = id записи
filter-letter-prisoner = политзаключённый, которому письмо ушло или от которого пришло
filter-letter-event = событие, на котором письмо написано
filter-letter-by = кто написал или получил
filter-letter-notes = заметки
filter-letter-direction = sent, received или returned
filter-letter-channel = post, courier, parcel, online или other
filter-letter-date = день, когда письмо отправлено или пришло
help-filter-fields = Поля фильтра в «{ $tab }», каждое пишется поле:значение (org:bkdp, days:>1000, -status:released):

form-date = дата
form-direction = направление
form-count = сколько
form-channel = способ
form-by = кто
form-event = событие
form-notes = заметки
form-until = до
form-note = пометка
edit-letter = { $way ->
    [sent] отправлено
    [received] получено
   *[returned] вернулось
} { $n ->
    [1] письмо
   *[other] писем: { $n },
} { $way ->
    [sent] политзаключённому
    [received] от политзаключённого
   *[returned] от политзаключённого
} { $prisoner } { $date }
edit-checked = { $id }: проверено { $date }
edit-released = { $id }: освобождён { $date }
edit-delivered = петиция { $id } передана { $date }
edit-snooze = дело отложено до { $until } ({ $item })
edits-none = ничего
edits-letters = письмо каждому из политзаключённых ({ $n }) { $date }
edits-snoozed = дел отложено до { $until }: { $n }
edits-checked = политзаключённых проверено { $date }: { $n }
edits-changes = изменений: { $n }
form-title = Записать в файл
form-foot = { $accept } — записать · { $next } — следующее поле · { $cancel } — отменить
form-writing = записывается в файл…
form-more = ещё { $n }
form-no-event = ни одно событие не подходит
form-type-event = напишите часть id или названия события
form-count-empty = 1, если пусто
form-log-one = Записать письмо: { $name }
form-log-many = Записать письмо каждому из отмеченных политзаключённых ({ $n })
form-released = Освобождён: { $name }
form-snooze = Отложить: { $what }
ask-write = Записать в файл: { $what }?
ask-or = { $a } или { $b }
ask-yes = записать
ask-no = нет
ask-overdue = Срок освобождения политзаключённого { $name } прошёл. Что известно?
ask-overdue-released = освобождён: ввести дату
ask-overdue-edit = новое обвинение или приговор: открыть редактор на записи
ask-overdue-checked = ничего нового: отметить запись проверенной сегодня
ask-overdue-nothing = ничего не делать

say-not-loaded = показанный файл — не тот, что на диске: ничего нельзя записать, пока он не загрузится
say-write-running = запись ещё идёт
say-log-needs-prisoner = { $log } записывает письмо выбранному политзаключённому (или отмеченным через { $mark }): выберите в { $tab }
say-nothing-written = ничего не записано
say-not-after-today = не позже сегодняшнего дня ({ $today }): дело не было бы отложено
say-value-refused = не записано: одно из значений не принято (см. форму)
say-writing = записывается: { $what }…
say-checked-needs-prisoner = { $key } отмечает выбранного политзаключённого проверенным сегодня: выберите в { $tab }
say-nothing-to-write = для этого дела нечего записывать: { $open } открывает запись, { $snooze } откладывает дело
say-agenda-only = { $key } { $does }: { $agenda } открывает дела
does-agenda-act = делает то, что просит дело
does-snooze = откладывает дело
say-nothing-chosen = в делах ничего не выбрано
say-nothing-to-undo = нечего отменять: в этом сеансе ничего не записывалось
say-not-undone = не отменено: файл изменился после той записи (отмените в редакторе)
say-undoing = отменяется: { $what }…
say-undone = отменено: файл такой, каким был до записи «{ $what }»
say-wrote = записано: { $what } ({ $undo } — отменить)
say-wrote-at = записано: { $what }, { $place } ({ $undo } — отменить)
say-changed-meanwhile = файл тем временем изменился на диске: ничего не записано; он читается заново, и запись предлагается снова
say-would-break = не записано: файл стал бы ошибочным: { $first }
say-record-gone = записи, для которой это было, в файле больше нет: ничего не записано
say-marks-prisoners = отметки — для политзаключённых: { $tab } открывает их
say-marked = отмечено: { $n }
say-pick-needs = { $key } выбирает случайного политзаключённого: { $tab } открывает список
say-nobody = ни один политзаключённый не показан: некого выбрать
say-picked = выбран(а) { $name } из показанных ({ $shown }){ $why }
say-unmarked = отметки сняты: { $count }

print-summary = { $view }: { $count }, на { $today } ({ $source })
print-matching = { $shown } из { $total } по фильтру { $filter }
print-sorted = сортировка: { $sort }
print-empty-filtered = Ни одна запись ({ $lower }) не подходит под фильтр.
print-agenda = { $agenda }: { $count }, на { $today } ({ $source }), до { $last } ({ $days })
print-agenda-matching = { $shown } из { $of } по фильтру
print-agenda-left-out = { $count } (отложенные не показаны: { $snoozed })

count-errors = { $n ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}
count-warnings = { $n ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[many] { $count } предупреждений
}
banner-hidden = в { $file }: { $problems }, файл нельзя показать (подробности скрыты в режиме показа)
banner-empty = { $file } пуст
banner-removed = { $file } удалён
banner-nothing = нечего показать, пока файл не загрузится
banner-since = показана версия от { $time }
banner-since-start = показана версия, загруженная при запуске
banner-problems = { $key } — все проблемы
problems-title = Проблемы: { $counts } в { $file } ({ $whose ->
    [unloaded] будет показан, когда исправят и сохранят
    [saved] как сохранён сейчас, не показан
   *[shown] показанная версия
})
problems-keys-scroll = { $down } — прокрутка · { $edit } — править первую · { $close } — закрыть
problems-keys = { $edit } открывает редактор на первой проблеме · { $close } — закрыть

# campaign-dash, English: the fallback of every other language. Every
# message is here; `t!` checks each id and its arguments against this file
# when the program is compiled. $n is a number for the plural form, $count
# the same number written with its thousands separated ("2,328").

## The tabs

tab-overview = Overview
tab-prisoners = Prisoners
tab-events = Events
tab-statements = Statements
tab-organisations = Organisations
tab-petitions = Petitions
tab-letters = Letters
tab-agenda = Agenda

tab-short-overview = Overview
tab-short-prisoners = Prisoners
tab-short-events = Events
tab-short-petitions = Petitions
tab-short-letters = Letters
tab-short-agenda = Agenda
tab-short-statements = Stmts
tab-short-organisations = Orgs

## Days, as the overview and the agenda count them

day-today = today
day-tomorrow = tomorrow
day-yesterday = yesterday
days-in = in { $n ->
    [one] { $count } day
   *[other] { $count } days
}
days-ago = { $n ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
days = { $n ->
    [one] { $count } day
   *[other] { $count } days
}

## Months, short, as the events per month list them ("Jun 2022")

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## The statuses, as the overview's figures name them

status-detained = detained
status-imprisoned = imprisoned
status-restricted = restricted
status-released = released
status-deceased = deceased

## The overview's sections

panel-figures = Figures
panel-attention = Needs attention
panel-next-events = Next events
panel-coming-up = Releases and birthdays
panel-petitions = Petitions
panel-events-per-month = Events per month
panel-events-per-month-from = Events per month, { $from } to { $to }
panel-statements = Latest statements
panel-changed = Changed since
panel-changed-since = Changed since { $label }
panel-fewest = Fewest letters

## The overview's figures

figure-prisoners = Prisoners
figure-at-risk = { $total }, { $count } at special risk
figure-in-custody = In custody now
figure-days-behind-bars = Days behind bars
figure-days-combined = { $count } combined
figure-partial-arrests = at most: { $n ->
    [one] { $count } arrest date known only to the month or year
   *[other] { $count } arrest dates known only to the month or year
}
figure-events = Events
figure-events-past-upcoming = { $past } past, { $upcoming } upcoming
figure-countries = Countries reached
figure-statements = Statements
figure-letters-30 = Letters, 30 days
figure-letters-sent-received = { $sent } sent, { $received } received
figure-no-letters = No letters yet
figure-prisoners-in-custody = { $n ->
    [one] { $count } prisoner in custody
   *[other] { $count } prisoners in custody
}

## The overview's lists

overview-no-one-in-custody = No one is in custody.
overview-letters-fewest-first = Letters sent in { $days } days, fewest first:
overview-no-news = , no news for { $n ->
    [one] { $count } day
   *[other] { $count } days
}
overview-nothing-due = Nothing overdue or due this week.
overview-first-to-do = First to do
overview-no-upcoming = No upcoming events in the file.
overview-now = now
overview-releases-none = Releases due within 90 days: none
overview-releases = Releases due within 90 days
overview-estimate = , estimate
overview-birthdays-hidden = Birthdays: { $note }
overview-birthdays-none = Birthdays in the next 30 days: none
overview-birthdays = Birthdays in the next 30 days (send a card)
overview-turns = { $name } turns { $age } ({ $when })
overview-nothing-changed = Nothing added or changed since { $label }.
overview-added = { $count } added
overview-changed = { $count } changed
overview-no-count-goal = no count yet (goal { $goal })
overview-no-count = no count yet, no goal set
overview-signatures-no-goal = { $count } signatures on { $date }, no goal set
overview-signatures-of-goal = { $percent }%  { $count } of { $goal }
overview-no-petitions = No petitions in the file.
overview-more = and { $count } more on the { $tab } tab ({ $number })
overview-not-shown = Not shown, enlarge the terminal: { $names }
overview-no-statements = No statements in the file.

## The agenda's groups and kinds of item

group-overdue = Overdue
group-this-week = This week
group-next-30 = Next 30 days
group-later = Later

agenda-events = { $n ->
    [one] { $count } event
   *[other] { $count } events
}
agenda-birthdays = { $n ->
    [one] { $count } birthday card
   *[other] { $count } birthday cards
}
agenda-releases = { $n ->
    [one] { $count } release due
   *[other] { $count } releases due
}
agenda-releases-overdue = { $n ->
    [one] { $count } release overdue
   *[other] { $count } releases overdue
}
agenda-anniversaries = { $n ->
    [one] { $count } anniversary
   *[other] { $count } anniversaries
}
agenda-letters = { $n ->
    [one] { $count } letter
   *[other] { $count } letters
}
agenda-checks = { $n ->
    [one] { $count } check
   *[other] { $count } checks
}
agenda-petitions = { $n ->
    [one] { $count } petition
   *[other] { $count } petitions
}

## The day every figure is counted to

today = Today
today-counted = every figure is counted to this day
today-source-flag = set by --today
today-source-as-of = the file's as_of date
today-source-system = the system date

## The status bar's hints, after each key

hint-keep = keep
hint-clear = clear
hint-clear-line = clear line
hint-delete-word = delete word
hint-choose = choose
hint-open = open
hint-filter = filter
hint-tabs = tabs
hint-help = help
hint-quit = quit
hint-move = move
hint-detail = detail
hint-sort = sort
hint-links = links
hint-follow = follow
hint-back = back
hint-list = list
hint-scroll = scroll
hint-a-letter = a letter
hint-sorts = sorts (the box above)
hint-cancel = cancel
hint-today = today

## The help overlay

help-title = Keys
help-filter-line = In the filter line and the forms:
help-marks = Prisoners: { $marks } (the detail says which and why); ● marked.
help-mouse = Mouse: click a tab, a row, a header (sorts) or a link (follows); the wheel scrolls.
help-close = { $back }, { $help } or { $quit } closes this help ({ $quit_now } quits); { $down }, { $page }, { $top } scroll it.
help-more-above = more above
help-more-below = more below
mark-risk = special risk
mark-earlier = with earlier arrests
mark-estimate = arrest day unknown

## The agenda's items

agenda-on-now = on now, until { $last }
agenda-event = { $when }: { $kind }
agenda-event-place = { $when }: { $kind }, { $place }
agenda-check-last = check the record: last checked { $date }
agenda-check-never = check the record: never checked
agenda-place-takes = { $place } takes { $n ->
    [one] { $count } day
   *[other] { $count } days
}
agenda-post-takes = the post takes { $n ->
    [one] { $count } day
   *[other] { $count } days
}
agenda-card-by = post a birthday card by { $by }: turns { $age } on { $birthday }; { $takes }
agenda-card-late = birthday card late: post today: turns { $age } on { $birthday }; { $takes }
agenda-card-late-calendar = birthday card late (post by { $by }): turns { $age } on { $birthday }; { $takes }
agenda-estimate = (estimate)
agenda-due-out = due out { $date }{ $estimate }
agenda-due-out-from = due out { $date }, from { $place }{ $estimate }
agenda-find-address = find a postal address: none recorded
agenda-overdue = release was due { $due }{ $estimate }, { $n ->
    [one] { $count } day
   *[other] { $count } days
} ago: check for a new charge or update the record
agenda-overdue-calendar = release was due { $due }{ $estimate }: check for a new charge or update the record
agenda-years-since-arrest = { $n ->
    [one] { $count } year
   *[other] { $count } years
} since the arrest on { $arrested }
agenda-days-behind-bars = { $count } days behind bars
agenda-days-behind-bars-earlier = { $count } days behind bars, counting earlier arrests
agenda-write-last = write a letter: the last was sent { $sent }
agenda-write-since-start = write a letter: none sent since the campaign started on { $started }
agenda-write-since-arrest = write a letter: none sent since the arrest on { $arrested }
agenda-write-none = write a letter: none sent
agenda-returned = check the address: a letter came back on { $back }
agenda-moved = write to the new address: moved to { $place } on { $since }
agenda-of-goal = { $count } of { $goal }
agenda-signatures-after = : { $count } signatures
agenda-closes = closes { $when }{ $count }
agenda-closes-on = closes on { $closed }{ $count }
agenda-goal-reached = goal reached on { $date } ({ $count } signatures): deliver it
agenda-count-last = record a count: the last was on { $date }
agenda-count-none = record a count: none since it opened on { $since }
agenda-snoozed = snoozed until { $until }
agenda-snoozed-note = snoozed until { $until }: { $note }
agenda-head = Today { $today }, to { $last }: { $count } · { $open } opens · { $filter } filters
agenda-head-items = { $n ->
    [one] { $count } item
   *[other] { $count } items
}
agenda-head-snoozed-items = { $n ->
    [one] { $count } snoozed item
   *[other] { $count } snoozed items
}
agenda-head-of = { $shown } of { $total }
agenda-head-and-snoozed = { $count } · { $snoozed } snoozed
agenda-preparing = Preparing the search for the filter: the items follow in a moment.
agenda-no-match = No item of the agenda matches the filter.
agenda-nothing = Nothing to do in the next { $n ->
    [one] { $count } day
   *[other] { $count } days
}.

## The detail pane

detail-title = Detail
detail-title-links = Detail ({ $down } links, { $open } follow)
detail-title-scroll = Detail ({ $down } scroll, { $back } back)
detail-title-focus = Detail ({ $pane } or { $open }: focus)

## The detail pane: its headings, notes and what it works out. Its rows'
## labels are in the code (src/model/fields.rs, OWN_LABELS in
## src/app/detail.rs); the other languages have them as field-LABEL.

detail-timeline = Timeline
detail-letters = Letters
detail-events-naming = Events naming this prisoner
detail-statements-naming = Statements naming this prisoner
detail-organisations = Organisations
detail-prisoners-demanded = Prisoners whose freedom it demanded
detail-letters-written-here = Letters written here
detail-statements-at-event = Statements made at the event
detail-text = Text
detail-member-prisoners = Member prisoners
detail-events = Events
detail-statements = Statements
detail-petitions-hosted = Petitions hosted
detail-tallies = Tallies
detail-none-recorded = none recorded
detail-none-named = none named
detail-none-listed = none listed
detail-none = none
detail-no-tallies = no tallies recorded
detail-no-news-since-letter = since the last letter received, { $date }
detail-no-news-since-arrest = since the arrest: no letter received
detail-no-news = for { $days }, { $since }
detail-turns = turns { $age } on { $date }, { $when }
detail-aged-60 = { $tag } (aged 60 or more)
detail-held-combined-now = { $days }, { $arrests } arrests together; this one { $this } so far, as of { $today }
detail-held-combined = { $days }, { $arrests } arrests together; the last one { $this }
detail-held-now = { $days } so far, as of { $today }
detail-held = { $days } behind bars
detail-held-estimate = ~: an arrest known only to the month or year, counted from its first day
detail-held-unknown = unknown (no detained date, or no release date)
detail-due-estimate = estimate: detained + sentence months
detail-letter-takes = a letter takes { $days } to arrive
detail-event-past = past, { $when }
detail-event-now = happening now
detail-event-upcoming = upcoming, { $when }
detail-upcoming = upcoming
detail-about = about { $count }
detail-none-set = none set
detail-signatures-on = { $n ->
    [one] { $count } signature on { $date }
   *[other] { $count } signatures on { $date }
}
detail-no-count = no count yet
detail-of-goal = { $percent }% of the goal
detail-letter-title = { $pieces ->
    [one] Letter
   *[other] { $count } letters or cards
} { $way ->
    [sent] sent to
    [received] received from
   *[returned] returned: sent to
} { $name }
detail-no-such-prisoner = { $name } (no prisoner has this id)

## Letters and a prisoner's story, as the detail and the lists write them

dates-from-to = { $from } to { $to }
timeline-earlier = earlier arrest, { $days } held
timeline-earlier-kind = earlier arrest ({ $kind }), { $days } held
timeline-sentence = sentence: { $sentence }
timeline-arrested = arrested
timeline-so-far = { $days } so far
timeline-address = address: { $address }
timeline-verdict = verdict
timeline-release-due = release due
timeline-estimate = estimate
timeline-released = released
letter-sent = sent
letter-received = received
letter-returned = returned
letter-by-post = by post
letter-by-courier = by courier
letter-in-parcel = in a parcel
letter-online = online
letter-by-other = by other means
letter-from = from { $name }
letter-to = to { $name }
letters-sent = { $n ->
   *[other] { $count } sent
}
letters-received = { $n ->
   *[other] { $count } received
}
letters-returned = { $n ->
   *[other] { $count } returned
}
letters-last = { $what } (last { $date })

## The lists: their titles, the filter line, what an empty list says

list-filter = filter: { $query }
list-preparing = { $what ->
    [filter] preparing the filter…
    [sort] preparing the sort…
   *[both] preparing the filter and sort…
}
list-shown-of = { $shown } of { $total }
list-unfinished = unfinished
list-filter-off = filter off: { $query }, { $n ->
    [one] { $count } match
   *[other] { $count } matches
} ({ $on }: on, { $jump }: jump)
list-sort-by = by { $column }
list-empty = No { $lower } in this file.
list-preparing-search = Preparing the search of { $count } { $lower }: the rows follow in a moment. Keys work meanwhile.
list-no-match = Nothing matches the filter `{ $filter }`{ $which ->
    [last] {" "}(the last one without a mistake)
   *[typed] {""}
}. { $change } changes it, { $clear } in the filter line clears it.
detail-lines = lines { $from }-{ $to } of { $total }
detail-nothing-selected = Nothing selected.
filter-prompt = Filter
filter-finding = finding matches in { $total }…
filter-clears = { $key } clears
filter-keeps = { $key } keeps

## The help: the filter fields of the list shown

help-filter-fields = Filter fields of { $tab }, each written field:value (org:bkdp, days:>1000, -status:released):

## The forms, the questions before a write, and the writes in words.
## The forms' labels are the file's keys; the other languages have
## form-KEY for each of FORM_KEYS (src/app/record.rs).

edit-letter = { $n ->
    [one] a letter
   *[other] { $n } letters
} { $way ->
    [sent] sent to
    [received] received from
   *[returned] returned from
} { $prisoner } on { $date }
edit-checked = { $id } checked on { $date }
edit-released = { $id } released on { $date }
edit-delivered = petition { $id } delivered on { $date }
edit-snooze = an agenda item snoozed until { $until } ({ $item })
edits-none = nothing
edits-letters = a letter to each of { $n } prisoners on { $date }
edits-snoozed = { $n } items snoozed until { $until }
edits-checked = { $n } prisoners checked on { $date }
edits-changes = { $n } changes
form-title = Write to the file
form-foot = { $accept } writes it · { $next } next field · { $cancel } cancels
form-writing = writing to the file…
form-more = +{ $n } more
form-no-event = no event matches
form-type-event = type part of an event's id or title
form-count-empty = 1 when left empty
form-log-one = Log a letter: { $name }
form-log-many = Log a letter to each of the { $n } prisoners marked
form-released = Released: { $name }
form-snooze = Snooze: { $what }
ask-write = Write { $what } to the file?
ask-or = { $a } or { $b }
ask-yes = write it
ask-no = do not
ask-overdue = The release date of { $name } has passed. What is known?
ask-overdue-released = released: give the date
ask-overdue-edit = a new charge or sentence: open the editor at the record
ask-overdue-checked = nothing new: mark the record checked today
ask-overdue-nothing = do nothing

## The status line's words about writes, marks and the agenda's actions

say-not-loaded = the file shown is not the one on disk: nothing can be written until it loads
say-write-running = a write is still running
say-log-needs-prisoner = { $log } logs a letter to the prisoner selected (or to those marked with { $mark }): choose one in { $tab }
say-nothing-written = nothing written
say-not-after-today = not after today ({ $today }): the item would not be put off
say-value-refused = not written: a value is refused (see the form)
say-writing = writing: { $what }…
say-checked-needs-prisoner = { $key } marks the prisoner selected as checked today: choose one in { $tab }
say-nothing-to-write = nothing to write for this item: { $open } opens its record, { $snooze } snoozes it
say-agenda-only = { $key } { $does }: { $agenda } opens the agenda
does-agenda-act = does what an agenda item asks
does-snooze = puts an agenda item off
say-nothing-chosen = nothing chosen on the agenda
say-nothing-to-undo = nothing to undo: no write in this session
say-not-undone = not undone: the file changed since that write (undo it in the editor)
say-undoing = undoing { $what }…
say-undone = undone: the file is as it was before { $what }
say-wrote = wrote { $what } ({ $undo } undoes it)
say-wrote-at = wrote { $what } at { $place } ({ $undo } undoes it)
say-changed-meanwhile = the file was changed on disk meanwhile: nothing written; it is read again and the write offered again
say-would-break = not written: it would make the file wrong: { $first }
say-record-gone = the record it was for is no longer in the file: nothing written
say-marks-prisoners = marks are for prisoners: { $tab } opens them
say-marked = { $n } marked
say-pick-needs = { $key } picks a prisoner at random: { $tab } opens them
say-nobody = no prisoner is shown: nobody to pick
say-picked = picked { $name } of { $shown } shown{ $why }
say-unmarked = { $n ->
    [one] { $count } prisoner unmarked
   *[other] { $count } prisoners unmarked
}

## print's headings of the lists and the agenda

print-summary = { $view }: { $count }, as of { $today } ({ $source })
print-matching = { $shown } of { $total } matching { $filter }
print-sorted = sorted by { $sort }
print-empty-filtered = No { $lower } match the filter.
print-agenda = { $agenda }: { $count }, as of { $today } ({ $source }), to { $last } ({ $days })
print-agenda-matching = { $shown } of { $of } matching the filter
print-agenda-left-out = { $count } ({ $snoozed } snoozed left out)

## The banner when the file on disk cannot be shown, and the problems' view

count-errors = { $n ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $n ->
    [one] { $count } warning
   *[other] { $count } warnings
}
banner-hidden = { $file } has { $problems } and cannot be shown (details hidden while presenting)
banner-empty = { $file } is empty
banner-removed = { $file } was removed
banner-nothing = nothing to show until the file loads
banner-since = showing the version from { $time }
banner-since-start = showing the version loaded at start
banner-problems = { $key } lists every problem
problems-title = Problems: { $counts } in { $file } ({ $whose ->
    [unloaded] shown once fixed and saved
    [saved] as saved now, not shown
   *[shown] the version shown
})
problems-keys-scroll = { $down } scroll · { $edit } edits the top one · { $close } closes
problems-keys = { $edit } opens the editor at the top problem · { $close } closes

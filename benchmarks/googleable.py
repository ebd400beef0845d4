"""The googleable filter's quality on the labelled development set, offline.

    PYTHONPATH=. python benchmarks/googleable.py [--no-reader] [--no-finder] [--show-errors]
                                                 [--errors-of tuning|held-out|all]
                                                 [--fresh] [--fresh2] … [--fresh34]
                                                 [--errors-of fresh2|fresh3|...|fresh24]

Builds each person's dossier from their fixture pages (fixtures/sites/devset/<slug>/), judges
every labelled question (fixtures/devset/questions.jsonl) with the offline filter, and prints
precision, recall and F1 for the googleable class, the share of personal and opinion questions
kept, the share of true positives whose evidence URL is one the label accepts, and the share
whose quote is (part of) a passage the label quotes, the line the user is shown.
Targets: F1 >= 0.92, personal kept >= 0.97, evidence URL right >= 0.9.

Honest evaluation: the filter is tuned on three people (TUNING) and the figures on the two others
(HELD_OUT) show how it does on people, employers and phrasings that played no part in tuning.
The split is fixed here and never changes; `--show-errors` lists the tuning people's errors only,
unless `--errors-of held-out` (or `all`) asks for more, which spoils the held-out figure for
further tuning. Figures are printed for the tuning split, the held-out split and all five.

The held-out people have been looked at, so a third split, "fresh", holds two more people written
later (fixtures/devset/fresh/, pages in fixtures/sites/devset-fresh/). It is judged only with
`--fresh`, its errors are never listed, and it is meant to be measured rarely: once before a round
of changes and once after. A fourth split, "fresh2" (fixtures/devset/fresh2/, three people in
fields no other set covers), was written by someone who never read the filter and is judged only
with `--fresh2`. It is NO LONGER UNSEEN: its errors were read once its first figure was taken
(F1 0.701, personal kept 0.854), and the filter was then changed for the classes of error found
there (personal patterns, preambles, answer types, intent mapping). Its figure is a tuned
figure now, like the tuning split's, and `--errors-of fresh2` lists its errors; only "fresh"
remains a set whose errors have never been listed. A fifth split, "fresh3" (fixtures/devset/
fresh3/, three more people in new fields), was also written without reading the filter, after all
the tuning above, and is judged only with `--fresh3`. Its first figure was taken unseen (P 0.818,
R 0.507, F1 0.626, personal kept 0.976); its errors were then read, so it too is tuning data now
(`--errors-of fresh3`); the filter was then changed for the classes of
error found there (casual phrasing, yes/no answers in other words, counts next to their noun,
interview answers). Two more splits were written the same way, without reading the filter:
"fresh4" (fixtures/devset/fresh4/: architecture, aviation, a contract lab) and "fresh5"
(fixtures/devset/fresh5/: business software, a food bank, construction). They are judged only
with `--fresh4` and `--fresh5`, their errors are never listed, and they are the honest figures.
Their first figures, with the filter as it stood before the fresh3 round: fresh4 P 0.769 R 0.395
F1 0.522, fresh5 P 0.763 R 0.367 F1 0.496 (personal kept 0.976 on both). After the fresh3 round
(framing phrases, yes/no answers in other words, a value bound to the question's own noun,
interview answers; every person pooled over the 13 tuning people went from F1 0.853 to 0.879):
fresh4 F1 0.522 (unchanged), fresh5 P 0.775 R 0.392 F1 0.521, personal kept 0.976 on both. The
lesson: rules fitted to the errors of seen sets barely move unseen ones.
fresh4's errors have since been read, together with fresh3's, so fresh4 is tuning data now
(`--errors-of fresh4`); fresh5 and fresh6 are still unseen. That round kept only changes that helped
at least two sets and hurt none: a pay range answered by two values with a dash between them, a job
"opening" no opening time, indirect questions put directly ("Would you mind telling me who …", "I
was curious whether …"), and a word that decides a one-word question alone allowed in a tenth of the
passages rather than three. fresh2 F1 0.902 -> 0.919, fresh3 0.778 -> 0.787, fresh4 (tuned now) P
0.769 R 0.395 F1 0.522 -> P 0.800 R 0.474 F1 0.595; fresh5 (unseen) P 0.775 R 0.392 F1 0.521 -> P
0.767 R 0.418 F1 0.541; the tuning, held-out and fresh figures and personal kept (0.976 on fresh3,
fresh4 and fresh5) unchanged. "fresh6" (fixtures/devset/fresh6/: hospitality, an electric utility, a
university grants office) was written the same way, without reading the filter, while that round
ran; it is judged only with `--fresh6` and its errors are never listed.
fresh5's errors have since been read too, so fresh5 is tuning data now (`--errors-of fresh5`);
fresh6 is unseen. Its first figure, before that round: P 0.854 R 0.482 F1 0.617, personal kept
1.000. The round's classes, recurring across fresh3, fresh4 and fresh5: personal questions the
person answered on their own pages in other words, counts bound to another noun, yes/no answers with
a condition, the asker's own situation in a preamble, evidence from the wrong one of two pages. Kept
(it helped the tuning split, fresh2, fresh4 and fresh5 and hurt none): a personal question told in
public needs 0.7 of its wording rather than 0.8, the few words that only ask for the kind of answer
("your take", "most frustrating part") count as covered when the passage holds that kind's marker,
any line on the person's own page may be the answer (not a question put to them), and opinions and a
regular day are kinds a person can tell. tuning F1 0.949 -> 0.954, fresh2 0.919 -> 0.934, fresh4 P
0.800 R 0.474 F1 0.595 -> P 0.804 R 0.487 F1 0.607, fresh5 P 0.767 R 0.418 F1 0.541 -> P 0.778 R
0.443 F1 0.565 (evidence URL right 0.727 -> 0.743); held-out 0.857 -> 0.867; fresh and fresh3
unchanged; personal kept unchanged on every seen set (0.976 on fresh3, fresh4, fresh5). fresh6
(unseen) after: P 0.840 R 0.494 F1 0.622, personal kept 0.976 (one personal question more dropped,
41/42); every person pooled F1 0.781 -> 0.790, personal kept 0.984 -> 0.982. Tried and dropped
(helped one set only, or none): ranking first a count bound to the counted noun, reading past a
first-person preamble. "fresh7" (fixtures/devset/fresh7/: a physiotherapy clinic, a consumer
electronics maker, a state park service) was written the same way while that round ran; it is judged
only with `--fresh7` and its errors are never listed.
fresh6's errors have since been read too, so fresh6 is tuning data now (`--errors-of fresh6`);
fresh7 is unseen. Its first figure, before that round: P 0.822 R 0.487 F1 0.612,
personal kept 0.974, evidence URL right 0.892. The round grouped the misses of fresh3 to fresh6
by the check that turned the right passage away: most failed on coverage (the question's own
wording: hedges, "one of", casual verbs), then on an open question's sentence holding none of its
words, on the personal rule, and on an intent read from a word used in passing ("before you moved
into revenue management") barring the person's own page. Kept (each helped two sets or more and
hurt none): that intent no longer bars the person's own page for a question put to them; hedges
and framing are read past ("is it true", "even", "one of", "in plain English"); past forms and
casual verbs of doing ("came", "deal with", "pitch in") weigh as little as other common verbs.
fresh3 F1 0.787 -> 0.806, fresh4 0.607 -> 0.629, fresh5 0.565 -> 0.605, fresh6 P 0.840 R 0.494
F1 0.622 -> P 0.849 R 0.529 F1 0.652; tuning, held-out, fresh and fresh2 unchanged; personal kept
unchanged on every set; every person pooled F1 0.790 -> 0.801. fresh7 (unseen) after: P 0.822 R
0.487 F1 0.612 (unchanged), personal kept 0.974, evidence URL right 0.865. Tried and dropped: an
open question needing 0.8 of its words rather than 0.85 (recall up on five sets, but personal
kept fell to 0.951 on fresh3), "your" read as the employer's for "we" passages (no set moved), the
counted noun ending at a past-tense verb ("how many passengers went through", one set only).
"fresh8" (fixtures/devset/fresh8/: a restaurant group's head chef, a city's cybersecurity
analyst, a children's charity's major gifts officer) was written the same way while that round
ran; it is judged only with `--fresh8` and its errors are never listed. Its first figure, with
the filter after the fresh6 round: P 0.735 R 0.480 F1 0.581, personal kept 0.923 (36/39), evidence
URL right 0.917.
fresh7's and fresh8's errors have since been read, so both are tuning data now (`--errors-of
fresh7`, `--errors-of fresh8`); so were the personal questions wrongly dropped in every set,
"fresh" included (two of them), to find why personal kept had fallen. Those eleven drops had three
causes, none of them the 0.7 share of wording itself (0.8 again fixes none of them and loses five
told answers): a told answer matched on the words that only ask for its kind, with the topic left
in the preamble ("You spent nine days in the ice storm. What was the hardest part?" took any
"hardest" line) or on a marker that was the topic's own word ("the weeks before a launch" and "in a
week"); "open" standing for a job opening; and experience asked in forms no signal knew ("What was
your first week like as a new grad?", "what did that do to your days?", a fact told to the person
before asking them about it). Kept: what the asker stated first must be covered by a told answer
too, a marker must be a word of its own, a told routine must hold the count a "how many" asks for,
"opening" no longer a synonym of hiring, a question that tells the person a fact about them and
then asks them something is personal, and a few phrasings of experience; personal kept 1.000 on
every set, with no recall lost. For recall, the misses of fresh7 and fresh8 (and the other sets)
were grouped by the check that turned the labelled passage away: of the 261 labelled passages of
the 246 missed questions, 155 failed on coverage and 66 on a sentence holding none of the
question's words, that is the question paraphrasing the page; then table figures on lines of their
own, "you" meaning the employer, yes/no answers, résumé lines. Kept (each helped two sets or more
and hurt none): a figure on a line of its own (a table read one cell a line) joins the label above
it; "how much is X" asks a price and "annual" is said "a year"; a "how often" question's one word
no source uses is its own phrasing; a Saturday shows a weekend; "I don't have X. Could I still
qualify?" asks "do I need X?"; where they worked before, asked in other words and stated by a
résumé line on their own page. And for the model's judge, its four passages are now ranked on the
question's meaningful words and the lexicon's words for them (prefix queries over the
Porter-stemmed FTS5 index) rather than on all its words: the labelled passage is among them for
0.598 of the googleable questions, was 0.484 (top 8: 0.707, was 0.617), better on every set. Before
-> after (P R F1, personal kept, evidence URL right): tuning 0.958 0.950 0.954 0.989 0.903 -> 0.966
0.950 0.958 1.000 0.903; held-out 0.891 0.845 0.867 1.000 0.857 -> unchanged; fresh 0.904 0.783
0.839 0.939 0.915 -> 0.940 0.783 0.855 1.000 0.915; fresh2 1.000 0.877 0.934 1.000 0.938 ->
unchanged; fresh3 0.897 0.732 0.806 0.976 0.962 -> 0.912 0.732 0.812 1.000 0.962; fresh4 0.812
0.513 0.629 0.976 0.846 -> 0.837 0.539 0.656 1.000 0.829 (one more true positive, its URL wrong);
fresh5 0.780 0.494 0.605 0.976 0.769 -> 0.796 0.494 0.609 1.000 0.769; fresh6 0.849 0.529 0.652
0.976 0.867 -> 0.870 0.553 0.676 1.000 0.872; fresh7 0.822 0.487 0.612 0.974 0.865 -> 0.878 0.566
0.688 1.000 0.907; fresh8 0.735 0.480 0.581 0.923 0.917 -> 0.824 0.560 0.667 1.000 0.952; every
person F1 0.764 -> 0.786, personal kept 0.976 -> 1.000. Tried and dropped: an open question needing
0.8 of its words (recall up on seven sets but personal kept down on fresh6 and F1 down on the
tuning split), one word no source uses weighing little in any question (recall up everywhere,
personal kept down to 0.88 on fresh4) or in any valued one (hurt fresh3 and fresh7), "you" answered
by any page of the employer's (hurt fresh4), "describe" and "walk me through" read past (one set
only), the yes/no rule reading the title above a "not" (helped three sets, but also settled
questions the "not" is not about), "do you still" no longer personal (right on all three questions
that use it, but only one set's figure moved).

The first figures of the four sets written by others and scored before any tuning on them, each
with the filter as it stood then: fresh5 F1 0.496, fresh6 0.617, fresh7 0.612, fresh8 0.581 (fresh4
0.522). Every round raised the sets it was fitted to by 0.02 to 0.15 and the unseen ones by 0.00 to
0.05: the offline filter's recall on new people, employers and phrasings stays near 0.5.
"fresh9" (fixtures/devset/fresh9/: an insurer's property claims adjuster, a semiconductor foundry's
etch process engineer, a minor league baseball club's ticketing director) was written the same
way, without reading the filter's code or data and without running the filter on it; it is
judged only with `--fresh9` and its errors are never listed. Its first figure, with the filter
as it stood after fresh6's round (the filter fresh7 and fresh8 were first scored with): P 0.783,
R 0.480, F1 0.595, personal kept 0.974 (38/39), evidence URL right 0.917 (33/36). Scored again
after fresh7/fresh8's round, which was not tuned on it: P 0.766, R 0.480, F1 0.590, personal kept
0.974, URL right 0.917; the judge's four passages hold the labelled one for 0.627 (top 8: 0.773).
The round that lifted fresh7 and fresh8 by 0.08 F1 and every set's personal kept to 1.000 left
the unseen set where it was: rules fitted to read errors do not carry over to new people.
"fresh10" (fixtures/devset/fresh10/: a county court's staff interpreter, a migratory commercial
beekeeping operation's operations manager, a Washington-Alaska shipping line's vessel operations
planner) was written the same way, without reading the filter's code or data and without running
the filter on it; it is judged only with `--fresh10` and its errors are never listed. Its first
figure, with the filter as fresh9 was last scored with: P 0.833, R 0.467, F1 0.598, personal kept
1.000 (39/39), evidence URL right 0.829 (29/35).
A learned mechanism for the coverage misses, in place of more hand rules: a paraphrase table
(infoprep/questions/data/neighbours.tsv.gz, built by scripts/build_paraphrase_table.py) lists for
each word stem its nearest stems by the cosine similarity of all-MiniLM-L6-v2 embeddings of each
word alone, kept only where WordNet 3.0 relates the two words (one synset or one pointer apart,
never antonyms: MiniLM alone puts "easy" by "hardest", "nine" by "ten", "buy" by "sell"). A passage
word listed at similarity >= 0.5 covers a question word with weight 0.8 (and brings its passages in
as candidates); a personal question told in public must still use its own words. Tuned on the dev
splits and fresh..fresh8 only (fresh9 not run). Before -> after (P R F1, personal kept): tuning
0.966 0.950 0.958 1.000 -> 0.934 0.950 0.942 1.000; held-out 0.891 0.845 0.867 -> 0.875 0.845
0.860; fresh 0.940 0.783 0.855 -> 0.925 0.817 0.867; fresh2 1.000 0.877 0.934 -> 1.000 0.918 0.957;
fresh3 0.912 0.732 0.812 -> 0.915 0.761 0.831; fresh4 0.837 0.539 0.656 -> 0.843 0.566 0.677;
fresh5 0.796 0.494 0.609 -> 0.774 0.519 0.621; fresh6 0.870 0.553 0.676 -> 0.879 0.600 0.713;
fresh7 0.878 0.566 0.688 -> 0.849 0.592 0.698; fresh8 0.824 0.560 0.667 -> 0.836 0.613 0.708;
personal kept 1.000 on every set; every person F1 0.786 -> 0.798 (P 0.903 -> 0.891, R 0.696 ->
0.723; evidence URL right 0.896 -> 0.878: 9 of the 21 new true positives cite another page than the
label's). Leave one set out (similarity and weight chosen on the other nine sets, best pooled F1
with personal kept >= 0.97 on each): the left-out sets pooled F1 0.786 -> 0.797, up on the eight
fresh sets (+0.010 to +0.041) and down on the tuning (-0.024) and held-out (-0.015) splits, whose
paraphrases the hand lexicon already lists; personal kept 460/460 -> 457/460 (two on fresh4 with
weight 1.0 chosen, one on held-out). Tried and dropped: the raw MiniLM table (no WordNet filter:
every setting that gained lost personal kept, 0.90-0.95 at its best F1), only for words no source
uses, at most one word a question by a neighbour, mutual neighbours only (no change), the table for
told answers (personal kept 0.957), the neighbours added to the judge's passage search (labelled
passage in its 4: 0.598 -> 0.605 at best, 0.580 at 0.5). The two unseen sets, scored once
after (totals only): fresh9 P 0.766 R 0.480 F1 0.590 -> P 0.771 R 0.493 F1 0.602 (personal kept
0.974 both, URL right 0.917 -> 0.865); fresh10 P 0.833 R 0.467 F1 0.598 -> P 0.818 R 0.480 F1
0.605 (personal kept 1.000 both, URL right 0.829 -> 0.833). One more true positive on each: the
table carries over, as the leave-one-set-out figure said, and it is small.
With `--fresh`, `--fresh2` and `--fresh3`, "every person" pools all the people judged.

Pages become sources through research's extraction (`infoprep.research.extract.extract_page`
and `infoprep.research.facts`) when it is installed; otherwise through trafilatura's main text
(favouring recall), falling back to the page's visible text. The URL of a page is its path in
the person's site folder, the form the labels use.

"fresh11" (fixtures/devset/fresh11/: a dairy cooperative's milk quality manager, a two-county 911
center's training coordinator, a family-owned funeral home's director and manager) was written
the same way, without reading the filter's code or data and without running the filter on it; it
is judged only with `--fresh11` and its errors are never listed. Its first figure, with the
filter at the end of the session that made the paraphrase table (fresh9 and fresh10 at F1 0.602
and 0.605 then): P 0.780, R 0.520, F1 0.624, personal kept 0.974 (38/39), evidence URL right
0.872 (34/39).

Six more sets, fresh12 to fresh17 (three people each, in eighteen new fields), were written the same
way, two at a time, while one round of changes ran; each was scored once, totals only, before its
errors were read, with the filter as it stood then and with the filter of the round's start
(398bfab). A semantic judge was tried first and dropped: all-MiniLM-L6-v2 sentence similarity
between a question and its best passage does not separate the classes (median 0.65 for near misses
the pages do not answer, 0.59 for paraphrased facts they do). The round read the false drops of
fresh4 to fresh11, then of each new set once it was scored, and kept general rules: a line that only
names a topic (an episode's list of subjects, "we also talked about …", "Next time: …", a talk's
abstract for an open question) answers nothing; "Which union …?" is not answered by "a union"; a
job's pay only by that job's pay (its words and its rung: "senior" is not "Engineer I"); a second
question at the end ("…, and when?") needs its answer too; a quote that only restates what the asker
said answers nothing; "how big" of a bonus is no headcount; "Why …?" needs a reason; a figure the
question gives is no answer; "How many of the X …?" needs a part ("16 of them"); a rank for "where
did X land on the list". For the quote the user reads: the line that answers, not the FAQ or
interview question before it nor a section's title, the head of the organisation for "who runs it",
the degree asked about. Research keeps a hero section inside main content.
Before -> after (P R F1; start filter -> filter at the time of the set's first score): fresh12 0.787
0.493 0.607 -> 0.860 0.493 0.627 (2761739); fresh13 0.850 0.453 0.591 -> 0.892 0.440 0.589
(2761739); fresh14 0.649 0.320 0.429 -> 0.684 0.347 0.460 (552106c); fresh15 0.780 0.427 0.552 ->
0.800 0.427 0.557 (552106c); fresh16 0.769 0.400 0.526 -> 0.846 0.440 0.579 (07cfd75); fresh17 0.744
0.427 0.542 -> 0.786 0.440 0.564 (07cfd75). Pooled over the six: P 0.765 -> 0.812, R 0.420 -> 0.431,
F1 0.542 -> 0.563; personal kept 221/234 -> 226/234; true positives quoting the label's passage
itself on fresh16 and fresh17 37/62 -> 43/66. The rules carry over to new people for precision and
the shown quote; recall on new phrasings stays near 0.43. Every set pooled at the round's end
(cc7c115), start -> end: P 0.846 -> 0.919, R 0.594 -> 0.601, F1 0.698 -> 0.727, personal kept
796/811 -> 808/811, evidence URL right 0.861 -> 0.868, quote the labelled passage 0.666 -> 0.725;
"fresh" (never listed) R 0.817 -> 0.783, two true positives lost. fresh18 and fresh19 were written
at the round's end, blind like the others, and never run: they are the next round's unseen sets.

fresh18 and fresh19 were scored once more, unchanged (F1 0.598 and 0.574), and their errors read
with the other tuning sets'; fresh20 (an opera company's costume shop, a marine survey firm, a
drinking-water lab) and fresh21 (wind-turbine blade repair, a hospice's volunteers, a freight
railroad's track) were written blind while that round ran and are the unseen sets now. The round
grouped the missed questions by the check that turned the labelled passage away: most fail on
coverage (the question's words in other words), the rest on a personal pattern, on no passage
holding any of the question's words, or on the answer's shape. It kept general repairs: a name and
its role on one line ("Evander Ruhl Executive Director") and names with letters beyond a to z
answer "who"; a table figure with words on it ("312 (268 guitars and 44 mandolins)") joins its
label; "your rate for" asks a price; a school answers where a degree was earned; why the person
left something, told as "I left teaching because …", answers "why did you leave teaching for …?";
the job before the current one is read off a career timeline ("2017 to 2020: Network administrator,
…"); a space inside a lexicon phrase's character class is a space (two phrasings of "before … hired
you" never matched); "at least part of the week", lessons taken and "do you still" no longer read
as personal; a personal question an interviewer put in other words, of the same kind, is answered
by the line under it. Before -> after (3799c4d -> this round's end; P R F1 or F1): every person
(3,568 questions) P 0.906 R 0.577 F1 0.705 -> P 0.908 R 0.590 F1 0.715, tp 1008 -> 1031, fp 104 ->
104, personal kept 960/967 unchanged, evidence URL right 871 -> 898; tuning, held-out, fresh2,
fresh12, fresh13 and fresh15 unchanged; fresh3 0.840 -> 0.857, fresh4 0.715 -> 0.726, fresh9 0.638
-> 0.672, fresh14 0.495 -> 0.523; fresh 0.855 -> 0.885 (two of its errors were seen in one listing
early in the round, one of them a name with an accent, which the round repaired); fresh18 0.598 ->
0.610, fresh19 0.574 -> 0.586. The unseen sets, scored only as totals: fresh20 P 0.824 R 0.373 F1
0.514 -> unchanged (evidence URL right 25 -> 26 of 28), fresh21 P 0.851 R 0.533 F1 0.656 ->
unchanged; personal kept 38/39 on both. Tried and dropped: the employer named by its kind ("the
co-op") left out of the words a passage must hold (2 true positives, 2 false drops, 3 lost); "we"
on the employer's pages answering any question put to "you" (+2, +3 false drops); an FAQ or
interview question on the page matched to the asker's, its answer below, for any question (+12 true
positives, +8 false drops, 4 personal questions dropped; kept only for a personal question of the
same kind, above); advice the person published matched by its marker ("My advice to …") with fewer
of the question's words (+1, +2); lower coverage thresholds (0.55-0.6 for typed answers: F1
unchanged); the answering sentence's own share of the words required for typed answers too (F1
0.718 -> 0.706); a logistic second look over the rules' kept questions (features of the top
passages: ranks, coverage, answer shape, personal and page signals), trained on the 20 read sets:
leave one set out F1 0.718 -> 0.729 at the threshold that keeps personal questions >= 0.97; on the
unseen sets, scored once, fresh20 0.514 -> 0.547 and fresh21 0.656 -> 0.667 with personal kept
37/39 on fresh21, short of the target. The lesson holds: repairs fitted to read errors, and a
combiner learned from them, barely move people the filter has not seen.

The next round read the same sets' errors again (fresh20 and fresh21 still scored as totals only)
and kept general repairs: casual phrasing read like plain ("you guys", "yourself", "itself",
"toward", "Ballpark," and a table of casual phrases put plainly: "set me back" and "run me" ask a
cost, "chip in" and "put anything toward" what is contributed); "knock me out of the running",
"rule me out" and "deal-breaker" ask a requirement; "Have you ever been hurt …?" asks what happened
to the person; "What pulled you into …", "How did you end up in …", "Where should I start?",
"Walk me through a morning …" and "How much of your week …" ask what the person may have told in
public, and a line in their voice, quoted or naming them wins over the employer's; benefits in a
careers page's own terms answer plain words (a 401(k), IRA, RRSP or pension is retirement savings,
paid time off is vacation); "which <kind>" wants a name of that kind (not a place after "across",
not "Phase 3", a word the lexicon files beside the kind only inside a name); a sum's purpose ("tool
allowance") must be the passage's own word. Every person (3,568 questions, c4076ad -> this round's
end): P 0.908 R 0.590 F1 0.715 -> P 0.914 R 0.607 F1 0.729, tp 1031 -> 1060, fp 104 -> 100,
personal kept 960 -> 961 of 967, evidence URL right 898 -> 928; tuning, held-out and fresh
unchanged; the unseen sets, totals only: fresh20 0.514 -> 0.541 (tp 28 -> 30), fresh21 0.656 ->
0.661 (fp 7 -> 6). fresh22 (display fireworks, industrial laundry, an auction house) was written
blind during the round and scored once at its end and once with the round's starting code: P 0.742
R 0.307 F1 0.434, personal kept 38/39, evidence URL right 19/23, the same both times. Tried and
dropped: a common English word no source uses weighed as the question's own phrasing (67 to 128
more true positives, but 53 to 131 more false drops and personal kept 0.93-0.96); lower coverage
for yes/no questions (0.65 to 0.8: one false drop for every two true positives gained, F1 +0.005
to +0.012, personal kept 851 -> 842-849 of 856); "last year" read as any
year a passage gives (+5 true positives, +6 false drops); a count whose record's label names the
thing counted accepted with less of the rest (+1, +3 false drops); the thing named by "which <kind>"
read from its last word only (lost "which engineering firm").
With fresh22 the unseen set, fresh20's and fresh21's errors were read too (they are tuning data
now, `--errors-of fresh20|fresh21`). Their misses are mostly paraphrase; the repairs kept were
general: research keeps an aside inside the article (a "Quick facts" box with a degree), not a
sidebar or a box of related pages (the extraction benchmark's F1 0.960 unchanged); "your lab",
"your shop" is the employer, whose pages answer; the figure of an hourly rate is the rate; a place
named in an answer ("our 12-bed residence on Lake Altoona") is not another thing the figure
belongs to. fresh20 0.541 -> 0.579, fresh21 0.661 -> 0.672; fresh22 scored again as a total:
unchanged (0.434). Every person with fresh22 (3,718 questions): P 0.910 R 0.597 F1 0.721, personal
kept 999/1006, evidence URL right 951/1087. Tried and dropped: irregular past forms stemmed as
their verbs ("bought" as "buy": +7 true positives, +1 false drop, but four of the seven quote the
wrong line); words of emphasis ("different", "single", "huge", "crazy", "soon") read past (+3,
two quoting the wrong line, one right drop lost to a wrong line); "how many people answer to you"
read as the team's size (one right line lost to a wrong one).
The answer reader (infoprep/questions/reader.py; `--no-reader` judges without it): all-MiniLM-
L6-v2 fine-tuned as a cross-encoder on the development set and fresh2 to fresh17 (scripts/
train_answer_reader.py), read on the 8 passages bm25 ranks nearest a question the rules keep.
fresh18 to fresh21 were held out to choose its threshold (0.35) and its limits; fresh, fresh22
and fresh23 were scored as totals only, once, at the end. The rules alone -> with the reader:
fresh18 0.622 -> 0.693, fresh19 0.598 -> 0.628, fresh20 0.579 -> 0.661, fresh21 0.672 -> 0.709;
fresh22 0.434 -> 0.539 (tp 23 -> 31, fp 8 -> 9), fresh23 0.581 -> 0.661 (tp 34 -> 42, fp 8 ->
10), fresh 0.885 -> 0.881 (tp 50 -> 52, fp 3 -> 6); the development set 0.923 -> 0.908 (fp 12 ->
18: near misses such as "Is Furrowlight planning a Series B?" read as answered by the Series A
news); every person (3,868 questions) P 0.906 R 0.591 F1 0.715 -> P 0.890 R 0.668 F1 0.763,
personal kept 1037 -> 1033 of 1045, evidence URL right 0.872 -> 0.863. Its limits: an open
question (no fact kind, no answer shape) is not read, nor a personal one; a line it reads must
hold an answer of the shape asked and one of the question's words or the lexicon's for one.
Without those limits fresh18 to fresh21 gained more (0.619 -> 0.710 together, against 0.673
with them), but without the first the reader dropped 15 of 500 bank questions ("What kind of
person tends to thrive on your team …?" answered by a head count; 0 with it), and without the
second the development set fell to 0.890, with drops such as "When was Brennick founded?"
quoting "Contact us". The reader alone, without the
rules, reached F1 0.76-0.78 on fresh18 to fresh21 at thresholds 0.1-0.2, but dropped personal
questions (kept 0.79-0.95 of them). Its cost: benchmarks/googleable_speed.py.
fresh24 (bowling centers, tattooing, event tent rental) was written blind at the next round's
start; its first figure, with the filter as it was: rules alone 0.600, with the reader 0.651.
That round read a question for the clause that asks after a set-up ("Back when you were
inspecting, how many broken rails did you catch?" wants a number, where the first words ask
nothing), unless the text opens as a question itself ("What kind of person thrives here, and
who finds it hard?" asks no name), and read each pair alone (an 8-bit model scales by what a
batch holds, so a verdict could change with the questions judged beside it). Chosen on fresh18
to fresh21: 168 -> 171 true positives, 31 -> 32 false drops (F1 0.673 -> 0.680); fresh19's
personal questions kept 38 -> 37 of 39 ("As the first woman with a blaster's license at
Redhollow, did someone there mentor you?", read as yes or no). Scored once, totals only:
fresh22 0.539 -> 0.600, fresh23 0.661 -> 0.702, fresh24 0.651 -> 0.682, fresh 0.881 -> 0.881.
Every person with fresh24 (4,018 questions): P 0.890 R 0.681 F1 0.771, personal kept 1071 of
1084, evidence URL right 0.859. Tried and dropped: the reader retrained with fresh18 to fresh21
added (threshold unchanged): fresh22 to fresh24 and fresh together 0.715 -> 0.733, but personal
questions kept 148 -> 145 of 150 (fresh23 36 of 39); reading 16 passages instead of 8 (+5
true positives, +1 false drop on fresh18 to fresh21, twice the reading); the reader also on
the 4 passages nearest by sentence embedding (+3); the reader on personal questions, on the
person's own pages, at 0.5 or 0.8 (no gain: bm25 does not bring up the passage that answers);
the reader vetoing the rules' drops it scores under 0.02-0.1 (F1 0.683 -> 0.604-0.628: it
vetoes right drops with wrong ones).

fresh25 (car washes, bicycle shops, awards and engraving) and fresh26 (chimney sweeping, bridal
shops, outdoor advertising) were written blind; their first figures, with the reader: fresh25 P
0.755 R 0.493 F1 0.597, fresh26 P 0.804 R 0.547 F1 0.651, personal kept 38/39 each. Reading the
4 passages nearest instead of 8 was even on the read sets but lost on sets never tuned on
(fresh22 0.600 -> 0.588, fresh23 0.702 -> 0.640, fresh24 0.682 -> 0.651, fresh25 0.597 ->
0.574): back to 8. The rules' own cost fell from 0.258 to 0.181 s (a passage's context built
once, an intent's cue scanned in lower-cased text, verdicts unchanged). With fresh25 and fresh26
read (their last unseen figures 0.595 and 0.661), the repairs were general: the kinds of answer
"how soon", "how early", "how heavy" want; "What does <employer> pay a <job>?" asks the job's
pay; casual asks of who pays ("Who foots the bill?") and of what is required ("Would not having
X hold me back?"); a chapter's title at its time in a recording, or a line that declines to
tell, only names a topic; a sum "plus commission" gives no commission; what the employer takes
in or spends is a kind of sum the line must name; a figure under its label counts what the label
names; a question of what comes next ("Where's the next one going to open?") is answered only by
a line that speaks of plans; a company history that calls its founder "she" is the company's
page. fresh27 (court reporting, greenhouse nurseries, hearing aid clinics) and fresh28 (ice
rinks, sawmills, piano technicians) were then written blind; first figures with the reader:
fresh27 P 0.824 R 0.560 F1 0.667, personal kept 37/39; fresh28 P 0.855 R 0.627 F1 0.723,
personal kept 39/39. The reader was retrained on dev, fresh2-17 and fresh22-26 and its threshold
chosen again on the held-out fresh18-21 as the best F1 that keeps >= 0.97 of personal questions:
0.35 -> 0.20 (held out: tp/fp/fn 175/29/125 F1 0.694, personal 151/156 -> 195/28/105 F1 0.746,
personal 152/156; at 0.15 F1 0.759 but personal 151, at 0.10 0.767 and 148; the old reader at
0.20 0.737 and 148). The lower threshold answered two bank questions of how the person felt or
where a topic comes into their work; both are asked of their experience now (offline bank
questions dropped over the read sets' people: 19 -> 17 of 1,869). An open question (no fact
kind, no answer shape) is read too, beside its 4 nearest passages, and dropped only at 0.7 (held
out: tp 195 -> 197, fp 28; reading 8 found one more right drop in 2,062 on the read sets, for a
third of all the reading). Then, on the read sets (dev, fresh2-26; fresh18-21 are tuning data
now): things counted together ("households and businesses") are each what a count may name;
yearly sales and what a shop brings in are sums a wage or a count does not give; "sale" no
longer extends to "Salem"; what doing a first thing of theirs was like asks of their experience;
"several of the state's biggest charity galas" and "most designers" name none. Read sets: tp
1501 -> 1500, fp 166 -> 143 (the open question read beside its 4 nearest passages, not 8,
costing the one true positive); the reader was given the rules' limits where it read the wrong
line: a count of a part's people ("How many people work on the second shift?") reads only lines
that name the part; a part singled out by "alone" or "specifically" is not answered by the
whole's figure; a job's pay only by a line of that job's pay; an office ("Who chairs the
board?") only by a line that names it; a degree only for a question of study. Scored once more,
totals only: fresh 0.889, fresh27 0.667 -> 0.687, fresh28 0.723 -> 0.750, personal kept 109 of
111 over the three. The reader was then retrained with fresh18-21 added (dev and fresh2-26),
threshold 0.20 kept, under a rule fixed before scoring: ship it if F1 over fresh, fresh27 and
fresh28 together reaches 0.776 with personal kept at 109 of 111 or more. 0.771 -> 0.804 (tp 148
-> 156, fp 26 -> 22, fn 62 -> 54; fresh 0.904, fresh27 P 0.833 R 0.667 F1 0.741, fresh28 P 0.857
R 0.720 F1 0.783), personal 109 of 111: shipped (read sets, trained on now: tp 1506, fp 139). It
scores lower beside lines that do not answer, and it lost "Do you guys pay extra for weekend
shifts?" beside "Weekend work is paid at time and a half." (0.71 -> 0.10), a known miss in the
tests. Tried and dropped: the reader on 16 passages (+5 true positives, +1 false drop on
fresh18-21, twice the reading); a retrieval that adds the neighbours table's words to bm25's
query (too weak to bring up the line that answers). What bounds recall now: of fresh18-21's 105
misses with the old reader, 44 have no labelled line in bm25's 30 nearest, and most labelled
lines score 0.1 or less with the reader; 27 are personal questions answered in published
interviews. Then, on the read sets (all tuning data now, scored with the new reader): a price
answers what something costs only when it is that thing's price ("The class costs $120" does not
price a ukulele, "a $75 trip charge" no liner, "$250 a year for steel-toe boots" no
profit-sharing bonus; "yearly" beside a sum says how often, not of what); "How many of the
instructors you trained ..." counts a part of those instructors ("one of our own cars" and "in
2019" are no such part); a name used as a word about a thing ("from a New England manufacturer")
does not say who makes it. Read sets: tp 1506, fp 139 -> 127. Scored once at the end, totals
only: fresh 0.904, fresh27 0.741, fresh28 0.783 -> 0.794 (fp 9 -> 7), together 0.804 -> 0.808,
personal kept 109 of 111. Tried and dropped: no passage that ends in a question mark as evidence
(-1 false drop, -1 true positive); the reader reading only lines that hold every name the
question uses (fp 127 -> 121 but tp 1506 -> 1484: "PE", "TSA", "Monday" are names a line that
answers need not repeat). The reader's cost: it reads one pair at a time, about 10 ms a pair on
one core, 90 pairs for the speed benchmark's 100 questions; a second thread gained nothing with
the other core busy, and the 8-bit model was quantised without the transformer fusions (the
script keeps no 32-bit model to fuse), which is the next thing to try for speed. Last, the kind
of answer a question asks was read better, and the read sets' misses the rules kept without
reading came down: "When a big storm rolls through, do engineers pitch in?" asks what follows
the comma, not a date; being "in charge of" a crew asks no price; "what share" asks a share
however the question opens; "What are the hours like during harvest?" asks no clock time; "How
much extra do you get for working overnights?" asks a sum; and for a name of a kind ("Which firm
led the Series B?") the reader reads lines with any new name and judges the kind itself, and for
who owns the employer, lines that speak of ownership with no name ("His family has owned and run
the company ever since"). Read sets: tp 1506 -> 1519, fp 127 (the reader's training data, so the
last is the least sure); fresh, fresh27 and fresh28 scored again as totals: unchanged (0.904,
0.741, 0.794). Of the read sets' 544 misses before that last repair: 165 are questions put to
the person that they answered in public, 154 have their labelled line outside bm25's 30 nearest
and 105 outside its 8 nearest, 69 are read and scored under the threshold, 29 are kept without
reading by the filters before the reader and 20 by the rules.

Sets fresh29 (sail lofts, wholesale bakeries, water-well drilling) and fresh30 (dental
laboratories, municipal golf, stained glass) were written the same way, by writers who never
read the filter, and first scored with it as it was (HEAD ba8a433): fresh29 P 0.879 R 0.680 F1
0.767, personal kept 37/39, URL right 43/51; fresh30 P 0.793 R 0.613 F1 0.692, personal kept
37/39, URL right 35/46. Their totals (never their errors) then judged one idea, which was
dropped: the reader also reading passages found by meaning, by all-MiniLM-L6-v2's sentence
vectors (as published, 8-bit ONNX) beyond bm25's first eight. Reading the one nearest in meaning
of the next 32 that could hold the answer: fresh29 and fresh30 together tp 97 -> 103, fp 19
unchanged (bm25's ninth instead: 99; the nearest two or four: 103 with more reading); read sets
tp 1519 -> 1547, fp 127 -> 132; fresh27 tp 50 -> 51, fresh and fresh28 unchanged. But six of
the seven new right drops on the unseen sets quoted a line of another page than the one that
answers (URL right: fresh29 43/51 -> 43/54, fresh30 35/46 -> 36/49, fresh27 38/50 -> 38/51): the
reader gives such a far line a chance between 0.2 and 0.5 (asking 0.5 of it kept one of the
six), so the drop is right by luck and the evidence the user is shown is wrong. It also took
2.2 times as long (speed benchmark 1.32 -> 2.91 s with the reader, the loop of additions 0.64 s):
the encoder places each passage it may choose from and each question one at a time, as the
reader reads each pair, so that no verdict depends on what else is judged. Reading sixteen of
bm25's passages instead of eight: fresh29 and fresh30 tp 97 -> 100 for 56% more reading.
Then fresh29's errors were read (it is tuning data now; fresh30 stays unseen, with fresh, fresh27
and fresh28). First repair: a question that names the person ("What is Marisol's title at
Larkspit?", "What does Marta like most about it?") is analysed as the question put to them
("What is your title …", "What do you like most …"): the person's intents and the signs of a
question about their own experience are phrased to them. fresh29 tp 51 -> 53 (fp 7); read sets
unchanged (their writers say "you"). Tried and dropped: the reader reading the first eight
passages that could hold the answer among bm25's forty nearest, not those among its eight
nearest: fresh29 tp 53 -> 56 but fp 7 -> 8; read sets tp 1519 -> 1541 but fp 127 -> 138, on the
reader's own training data; 28% more reading. "How big is the fleet? How many rigs …?" asks the
size of the fleet, not of the employer, but read so it is still kept: the reader gives its
answer ("Drill rigs: Five air-rotary rigs") 0.01. Then: "What brand of pumps do you put in?"
asks a maker's name, next to the thing it makes; "how did you keep everyone going / get through /
cope …" asks their own experience, though the pages tell the night it happened. fresh29 fp 7 ->
5; read sets unchanged. Tried and dropped: two words before the kind of thing in "which …"
("Which youth sailing program …?") for a name question: read sets fp 127 -> 129. Then "Of
the eleven people on your crew, how many …?" asks what follows the comma (a count), and a count
the question gives, in words as in figures, answers it for neither the rules nor the reader:
fresh29 fp 5 -> 4, read sets fp 127 -> 126. Scored once at the end, totals only: fresh 0.904
(unchanged), fresh27 0.741 -> 0.765 (tp 50 -> 52, fp 10 -> 9, URL right 41/52), fresh28 0.794
(unchanged), together 0.808 -> 0.817; fresh30 0.692 -> 0.687 (tp 46, fp 12 -> 13); personal
kept 109 of 111 and 37 of 39 as before.

The next round. Research now reads a small card (a job's title, hours and pay, each a block of
its own), a table row and a term with its definition as one record, indexed as one passage in
its place (an exact slice of the page, its lines kept), and the filter reads a passage's lines
as a record's fields: a name does not run across a line break, a job title on a card names no
thing, and a job's salary answers no question of a fee or price. "What is the pay for a
Production Baker at Hobbleford?" is dropped with the whole card as its quote. Read sets (fresh2
to fresh26 and fresh29, as all figures in this paragraph): tp 1410 -> 1411, fp 111 -> 111;
tuning fp 9 unchanged. Then, for a question that asks a kind of answer (a count, a date, a
name …), the reader reads the first eight passages that could hold one among bm25's sixteen
nearest rather than among its eight: read sets tp 1411 -> 1430, fp 111 -> 114 (tuning tp 114 ->
115, fp 9 -> 10), on the reader's own training data; fresh29, which the reader never trained on,
tp 54 -> 56, fp 4; judging with the reader takes 15% longer (speed benchmark 0.78-0.82 s ->
0.91-0.93 s, the loop of additions 0.30-0.35 s). A new set, fresh31 (cooperage, shearing
contracting, maple syrup; 150 questions, three people, written by a writer who never read the
filter), was scored first with the filter before this last change: P 0.889 R 0.649 F1 0.750,
personal kept 38/39, URL right 42/48; with it P 0.891 R 0.662 F1 0.760 (tp 48 -> 49, fp 6),
URL right 43/49. That one comparison is the only use of fresh31 so far; its errors are unread.
Scored once at the end, totals only: fresh 0.904 (unchanged), fresh27 0.765 -> 0.779 (tp 52 ->
53, fp 9 -> 8, URL right 42/53), fresh28 0.794 (unchanged; URL right 41/54 -> 40/54), together
0.817 -> 0.822; fresh30 0.687 -> 0.715 (tp 46 -> 49, fp 13, URL right 37/49); fresh31 0.760.
Personal kept: fresh 33/33, fresh27 37/39, fresh28 39/39, fresh30 37/39, fresh31 38/39.
Tried and dropped after those figures, on the read sets only: the reader reading for a typed
answer only passages that name every capitalised word the question names past its first
(other than the person's and the employer's), so that "How many acres do the Big Sioux member
farms cover?" is not answered by all farms' acres: fp 114 -> 108 (tuning 10 -> 7) but tp 1430
-> 1401; and a line binding its figure to another year than the question's ("since 2010" for
"since 1952"): no figure changed (the question was then dropped by a table row with no year).

Next round. A new set, fresh32 (pipe organ building, letterpress printing, native seed banking;
150 questions, three people in the Netherlands, Australia and Ireland, written by a writer who
never read the filter), joined blind. First figure, with the filter as it stood after the
rated-price change below: P 0.877 R 0.770 F1 0.820 (tp 57, fp 8, fn 17), personal kept 38/39,
URL right 47/57. A premium, a deposit or a commission may be a percent bound to it ("a buyer's
premium of 12 percent", "A 50 percent deposit holds your date"; "70 percent of the premium" is a
share of it, not its figure): read sets with tuning and held-out tp 1594 -> 1596, fp 133 -> 133.
A "menu" inside the main content that is no list of links (a service menu of prices) is
content, not navigation: tp 1596 -> 1597, fp 133. Tried and dropped on the same sets: a table
row's column labels ("Seats: 64") in the text bm25 indexes (tp +3, fp +1, and rows that only
share a label word crowd the answer out of the reader's eight: "Is there a pay bump for the late
shift?"), in the words a passage must hold (no change), or read by the reader as it was trained
(tp +1, fp +2: "Pay: $50,000 a year" reads as any sum); a row's plain repeat under the row
research writes with bars left out of the text (tp -24: the reader reads the plain line better);
for a count, an amount or a share the reader answers, most of the question's words required
near the passage (at 0.4 of their weight: tp -16, fp -4). And the reader retrained as
scripts/train_answer_reader.py says (the same sets, dev and fresh2 to fresh26, two epochs, 67
minutes on this machine's two cores beside other work), now on the passages research gives
since cards and table rows became one passage each, with each row read after its columns'
labels: fresh29, which it never trained on, F1 0.830 -> 0.809 (tp 56 -> 55, fp 4 -> 6); the
unseen sets, in the one comparison made with them, tp 314 -> 324, fp 45 -> 57, pooled F1
0.793 -> 0.796 (fresh 0.904 -> 0.860, fresh27 0.779 -> 0.806, fresh28 0.794 -> 0.837, fresh30
0.715 -> 0.695, fresh31 0.760 -> 0.763, fresh32 0.820 -> 0.823; personal kept unchanged). More
recall for less precision and no gain in F1: the shipped reader stays.

Next round. Of the lines the rules find answering a question (at most four, best first by
words and search rank), the reader now picks the one quoted when it scores at least 0.2 and 0.1
more than the rules' first; the verdicts are the rules' as before. Read sets with tuning and
held-out: tp 1597, fp 133 unchanged; wrong URLs among the right drops 223 -> 211 ("How many
animals live at the zoo?" quoted "Animal care is only one part of running a zoo." and now quotes
"Animals 412 animals of 74 species"). Judging with the reader takes about a fifth longer. Tried
and dropped: the same choice for a question an intent's rule drops, among its line and those the
reader would read (15 right URLs gained, 11 lost: the reader takes when a person joined for when
the employer was founded, which the intents' rules tell apart).

A new set, fresh33 (cork production in Portugal, log house building in Finland, rooibos tea in
South Africa; 150 questions, written by a writer who never read the filter), joined blind. First
figure, with the quote choice above: P 0.887 R 0.635 F1 0.740 (tp 47, fp 6, fn 27), personal
kept 39/39, URL right 42/47 (41/47 and 26 of 47 quoting the labelled passage itself without the
choice; 29 with it).

Then the kind of answer asked: "What time of year" asks a month or a season, how fast a thing
that moves goes asks a speed ("40 miles an hour"), a range of hours after "mornings" or a day
("Tuesday and Thursday mornings from 8 to 11") is a clock time, and a count stops at the verb
after its plural ("how many disabled playtesters helped test …" counts playtesters). Read sets
with tuning and held-out: tp 1597 -> 1600, fp 133. The unseen sets, totals only, at the end of
the round: fresh32 tp 57 -> 56, the others unchanged.

Then the passage finder (infoprep/questions/finder.py; `--no-finder` leaves it out): bm25 never
finds a line that answers in other words and shares no word with the question, and of the
googleable questions missed on the read sets about a quarter had their labelled passage beyond
bm25's reach, where all-MiniLM-L6-v2 as a sentence embedding (not fine-tuned) has it among the 8
nearest for about half of them. The reader now also reads up to 2 of those 8, of the shape asked
and passing the same checks as bm25's lines but for sharing a word. Read sets with tuning and
held-out: tp 1600 -> 1665, fp 133 -> 141 (read sets alone tp 1436 -> 1500, fp 114 -> 121, F1
0.818 -> 0.838; tuning 115/11/4, held-out 50/9/8); fresh29, which the reader never trained on,
F1 0.830 -> 0.849 (tp 56 -> 59, fp 4 -> 5). The unseen sets, in the one comparison made with
them (totals only): tp 360 -> 372, fp 51 -> 51, pooled F1 0.784 -> 0.800 (fresh 0.904 -> 0.904,
fresh27 0.779 -> 0.797, fresh28 0.794 -> 0.812, fresh30 0.715 -> 0.743, fresh31 0.760 -> 0.769,
fresh32 0.812 -> 0.820, fresh33 0.740 -> 0.769; personal kept unchanged). Judging 100 questions
against 300 passages takes about 2.2 times as long with it (benchmarks/googleable_speed.py):
embedding the dossier's passages, about 2.5 ms each, is most of it. Tried first, on the read
sets: the finder's lines required to share a word with the question as bm25's are (tp +32, fp
+16, and fresh29 fp +2); its 4 nearest only (tp +28, fp +12). And, for a question read as the
person's own (169 of the misses on the read sets), the reader over their own pages' lines: on
fresh29 it gained none at any threshold and lost a kept question, so it was not built.

A new set, fresh34 (eiderdown harvesting in Iceland, pisco distilling in Chile, argan oil in
Morocco; 150 questions, written by a writer who never read the filter), joined blind after the
round. First figure: P 0.776 R 0.703 F1 0.738 (tp 52, fp 15, fn 22), personal kept 36/39, URL
right 42/52; with `--no-finder`, P 0.766 R 0.662 F1 0.710 (tp 49, fp 15, fn 25), URL right
41/49: the finder's gain holds on a set no decision was made with.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from devset import (  # noqa: E402
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    FRESH13,
    FRESH14,
    FRESH15,
    FRESH16,
    FRESH17,
    FRESH18,
    FRESH19,
    FRESH20,
    FRESH21,
    FRESH22,
    FRESH23,
    FRESH24,
    FRESH25,
    FRESH26,
    FRESH27,
    FRESH28,
    FRESH29,
    FRESH30,
    FRESH31,
    FRESH32,
    FRESH33,
    FRESH34,
    DevPerson,
    DevQuestion,
    load_people,
    load_questions,
    visible_text,
)

from infoprep.models import Company, Dossier, Fact, Person, Source, Verdict  # noqa: E402
from infoprep.prompts import PromptLibrary  # noqa: E402
from infoprep.questions.evidence import EvidenceIndex  # noqa: E402
from infoprep.questions.finder import default_finder  # noqa: E402
from infoprep.questions.googleable import GoogleableFilter  # noqa: E402
from infoprep.questions.reader import default_reader  # noqa: E402

PERSONAL = ("personal_experience", "opinion_advice", "personal_mentions_public_fact")
# Fixed before any tuning against the set: tune on these three, report the other two unseen.
TUNING = ("ines-varga", "darnell-whitcombe", "rosalind-achterberg")
HELD_OUT = ("mateo-ferrante", "yolanda-prieto")


@dataclass(frozen=True)
class FreshSet:
    """A set written apart from the tuning: its flag, folder, people (fixed) and status."""

    name: str
    folder: Path
    people: tuple[str, ...]
    status: str  # for --help: whether its errors have been read


# In the order they were written; each judged only when its flag is given.
FRESH_SETS = (
    FreshSet("fresh", FRESH, ("nadia-halvorsen", "tobias-renwick"),
             "measure it rarely; its errors are never listed"),
    FreshSet("fresh2", FRESH2, ("priya-castellanos", "elias-brannock", "beatrix-onyango"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh3", FRESH3, ("odalys-fenwright", "callum-ebbesen", "marisol-quintrell"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh4", FRESH4, ("linnea-abernathy", "thaddeus-okoro", "benedetta-roussel"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh5", FRESH5, ("keziah-marchetti", "nkechi-halloran", "ximena-carrow"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh6", FRESH6, ("oriana-belcastro", "anselm-okereke", "philippa-nakagawa"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh7", FRESH7, ("gwendolyn-ashcroft", "rohan-castellvi", "ezra-quimby"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh8", FRESH8, ("soraya-delacroix", "idris-kowalczyk", "temperance-adeyemi"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh9", FRESH9, ("henrike-dahlstrom", "lucius-adjei", "fenella-oyinlola"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh10", FRESH10, ("itzel-brandvold", "bram-ekwueme", "yusra-delacorte"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh11", FRESH11, ("marguerite-oyelaran", "wendell-amankwah", "philomena-szabo"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh12", FRESH12, ("vidar-okonkwo", "ottilie-zamora", "marisela-thackeray"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh13", FRESH13, ("jerome-takahashi", "saoirse-mwangi", "rosendo-whitlock"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh14", FRESH14, ("leontyne-gallardo", "ambrose-nakashima", "clementine-aboagye"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh15", FRESH15, ("noor-ekstrand", "dorian-maclaren", "paloma-whitacre"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh16", FRESH16, ("calliope-nwachukwu", "leopold-adu", "ysolde-kamara"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh17", FRESH17, ("kemal-dunleavy", "rowena-ekundayo", "florian-vukovic"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh18", FRESH18, ("leocadia-fairweather", "anatole-sigurdsson", "hyacinth-okorie"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh19", FRESH19, ("delphine-okafor", "augustin-ferreira", "wilhelmina-osei"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh20", FRESH20, ("seraphine-dubrow", "ignatius-pelletier", "cordelia-mensah"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh21", FRESH21, ("ruairi-tenorio", "constance-ibarra", "everett-quinones"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh22", FRESH22, ("wren-castellanos", "desmond-falkenrath", "hollis-szymanska"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh23", FRESH23, ("anselm-dufresne", "perpetua-okonkwo", "corisande-vleminckx"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh24", FRESH24, ("cassius-quispe", "zofia-brisbois", "jubal-dussault"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh25", FRESH25, ("dashiell-amankwah", "henrietta-obinna", "cornelius-tashjian"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh26", FRESH26, ("perpetua-nakashima", "imogen-ravensworth", "bartholomew-ngata"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh27", FRESH27, ("solange-ardoin", "ignatz-tjaden", "maelis-perrault"),
             "never tuned on; its errors are never listed"),
    FreshSet("fresh28", FRESH28, ("ragnhild-thorsby", "verity-whitlatch", "benedikt-kahananui"),
             "never tuned on; its errors are never listed"),
    FreshSet("fresh29", FRESH29,
             ("marisol-thorvaldsen", "augustin-fairweather", "rosamund-petrakis"),
             "its first figure was unseen; now tuning data"),
    FreshSet("fresh30", FRESH30, ("thessaly-okwuosa", "osric-valdespino", "marisabel-ferncastle"),
             "never tuned on; its errors are never listed"),
    FreshSet("fresh31", FRESH31, ("eilidh-marchbank", "manaia-kereama", "gaetane-ostrowski"),
             "never tuned on; its errors are never listed"),
    FreshSet("fresh32", FRESH32,
             ("jorien-wassenbergh", "odette-kirkwall", "niamh-fitzmaurice"),
             "never tuned on; its errors are never listed"),
    FreshSet("fresh33", FRESH33,
             ("leonor-valadares", "saana-rautio", "thandeka-mokoena"),
             "never tuned on; its errors are never listed"),
    FreshSet("fresh34", FRESH34,
             ("hrefna-sigvaldadottir", "valentina-huerta", "salma-aitlhaj"),
             "never tuned on; its errors are never listed"),
)
# Sets whose errors have been read and may be listed.
LISTABLE = (
    "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
    "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
    "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
    "fresh29",
)


def _with_research(person: DevPerson) -> tuple[list[Source], list[Fact]] | None:
    try:
        from infoprep.research import facts as research_facts
        from infoprep.research.extract import extract_page
    except ImportError:
        return None
    sources, found = [], []
    for page in person.pages:
        html = (person.site_dir / page).read_text(encoding="utf-8")
        extracted = extract_page(html, page)
        source = research_facts.page_source(extracted)
        sources.append(source)
        made: Any = research_facts.page_facts(extracted, person.name, person.company)
        found.extend(made if isinstance(made, list) else getattr(made, "facts", []))
    return sources, found


def _with_trafilatura(person: DevPerson) -> list[Source]:
    import trafilatura

    sources = []
    for page in person.pages:
        html = (person.site_dir / page).read_text(encoding="utf-8")
        text = trafilatura.extract(
            html, favor_recall=True, include_comments=False, include_tables=True
        )
        sources.append(Source(url=page, title=page, text=text or visible_text(html)))
    return sources


def build_dossier(person: DevPerson) -> Dossier:
    made = None
    try:
        made = _with_research(person)
    except Exception as exc:  # research's API may differ from this script's guess
        print(f"research extraction unavailable ({type(exc).__name__}: {exc}); "
              "using trafilatura", file=sys.stderr)
    sources, facts = made if made is not None else (_with_trafilatura(person), [])
    return Dossier(
        person=Person(name=person.name, employer=person.company),
        company=Company(name=person.company),
        sources=sources,
        facts=facts,
    )


def _same_passage(text: str, quote: str) -> bool:
    """Whether a passage is (part of) a labelled quote or holds it, white space aside."""
    a, b = " ".join(text.split()).casefold(), " ".join(quote.split()).casefold()
    return bool(a) and (a in b or b in a)


def shown_to_judge(
    judge: GoogleableFilter, questions: Sequence[DevQuestion]
) -> dict[str, tuple[bool, bool]]:
    """For each googleable question, whether the model's judge reads a passage its label
    quotes: among the 4 passages next to it (bm25 alone), and in all it is given (the whole
    sources that fit and its passages), with the person's questions judged in one batch."""
    research, items = judge.judge_request([q.text for q in questions])
    read = [" ".join(s.text.split()).casefold() for s in research]
    shown = {}
    for q, item in zip(questions, items, strict=True):
        if not q.googleable:
            continue
        top4 = [p.text for p in judge.passages_for(q.text, 4)]
        given = [str(p["text"]) for p in item["passages"]]  # type: ignore[attr-defined]
        shown[q.id] = (
            any(_same_passage(t, e.quote) for t in top4 for e in q.evidence),
            any(_same_passage(t, e.quote) for t in given for e in q.evidence)
            or any(" ".join(e.quote.split()).casefold() in r for r in read for e in q.evidence),
        )
    return shown


def score(
    judged: list[tuple[DevQuestion, Verdict]],
    shown: dict[str, tuple[bool, bool]] | None = None,
) -> dict[str, Any]:
    """Precision, recall, F1, the share of personal questions kept, the right-URL share, and
    how often the model's judge would read the labelled passage."""
    counts: Counter[str] = Counter()
    errors = []
    for q, verdict in judged:
        if shown is not None and q.id in shown:
            counts["shown"] += 1
            counts["shown4"] += shown[q.id][0]
            counts["shown8"] += shown[q.id][1]
        if verdict.googleable and q.googleable:
            counts["tp"] += 1
            if verdict.evidence and verdict.evidence.url in q.accepted_urls:
                counts["url_right"] += 1
                counts["quote_right"] += _quotes_label(verdict.evidence.quote, q)
            else:
                errors.append(("wrong url", q, verdict))
        elif verdict.googleable:
            counts["fp"] += 1
            errors.append(("false drop", q, verdict))
        elif q.googleable:
            counts["fn"] += 1
            errors.append(("missed", q, verdict))
        if q.category in PERSONAL:
            counts["personal"] += 1
            counts["personal_kept"] += not verdict.googleable
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": len(judged), "tp": tp, "fp": fp, "fn": fn, "precision": precision,
        "recall": recall, "f1": f1, "personal_kept": counts["personal_kept"],
        "personal": counts["personal"], "url_right": counts["url_right"], "errors": errors,
        "shown": counts["shown"], "shown4": counts["shown4"], "shown8": counts["shown8"],
        "quote_right": counts["quote_right"],
    }


def _quotes_label(quote: str, q: DevQuestion) -> bool:
    """Whether a quote is (part of) a passage the label quotes, table bars and line breaks
    aside: the user is shown the answer itself, not a title or a neighbouring line."""
    def plain(text: str) -> str:
        return " ".join(text.replace("|", " ").split()).casefold()

    said = plain(quote)
    return any(
        said and (said in plain(e.quote) or plain(e.quote) in said) for e in q.evidence
    )


def report(name: str, people: Sequence[str], s: dict[str, Any]) -> None:
    personal = s["personal_kept"] / s["personal"] if s["personal"] else 0.0
    url_right = s["url_right"] / s["tp"] if s["tp"] else 0.0
    print(f"== {name}: {s['n']} questions, {', '.join(people)}")
    print(f"googleable precision: {s['precision']:.3f}  recall: {s['recall']:.3f}"
          f"  F1: {s['f1']:.3f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']}; target F1 >= 0.92)")
    print(f"personal/opinion questions kept: {personal:.3f}"
          f" ({s['personal_kept']}/{s['personal']}; target >= 0.97)")
    print(f"true positives with the right evidence URL: {url_right:.3f}"
          f" ({s['url_right']}/{s['tp']}; target >= 0.9)")
    quote_right = s["quote_right"] / s["tp"] if s["tp"] else 0.0
    print(f"true positives quoting the labelled passage itself: {quote_right:.3f}"
          f" ({s['quote_right']}/{s['tp']})")
    if s["shown"]:
        print(f"googleable questions whose labelled passage the model's judge reads:"
              f" {s['shown4'] / s['shown']:.3f} in bm25's top 4,"
              f" {s['shown8'] / s['shown']:.3f} in all it is given")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list every wrong verdict")
    parser.add_argument(
        "--errors-of", choices=("tuning", "held-out", "all", *LISTABLE), default="tuning",
        help="whose errors --show-errors lists (default: the tuning people only)",
    )
    parser.add_argument(
        "--no-reader", action="store_true",
        help="judge with the rules alone, without the answer reader (infoprep's default uses it)",
    )
    parser.add_argument(
        "--no-finder", action="store_true",
        help="give the reader only the passages bm25 finds, not those the passage finder adds "
             "(infoprep's default uses it)",
    )
    for fresh in FRESH_SETS:
        parser.add_argument(
            f"--{fresh.name}", action="store_true",
            help=f"also judge the {fresh.name} set ({fresh.status})",
        )
    args = parser.parse_args()
    people = load_people()
    questions = load_questions()
    splits = {"tuning": TUNING, "held-out": HELD_OUT, "all": tuple(people)}
    for fresh in FRESH_SETS:
        if getattr(args, fresh.name):
            found = load_people(fresh.folder / "people.json")
            assert tuple(found) == fresh.people
            people |= found
            questions += load_questions(fresh.folder / "questions.jsonl")
            splits[fresh.name] = fresh.people
    if args.fresh and args.fresh2 and args.fresh3:
        splits["every person"] = tuple(people)
    prompts = PromptLibrary(None)
    reader = None if args.no_reader else default_reader()
    finder = None if args.no_reader or args.no_finder else default_finder()
    judges = {
        slug: GoogleableFilter(EvidenceIndex(build_dossier(p)), prompts, reader=reader,
                               finder=finder)
        for slug, p in people.items()
    }
    judged = [(q, judges[q.person].judge_one(q.text)) for q in questions]
    shown: dict[str, tuple[bool, bool]] = {}
    for slug, judge in judges.items():
        shown |= shown_to_judge(judge, [q for q in questions if q.person == slug])
    scores = {
        name: score([(q, v) for q, v in judged if q.person in slugs], shown)
        for name, slugs in splits.items()
    }
    if args.show_errors:
        for kind, q, verdict in scores[args.errors_of]["errors"]:
            quote = verdict.evidence.quote[:100] if verdict.evidence else ""
            got = verdict.evidence.url if verdict.evidence else None
            print(f"{kind:10} {q.id} [{q.category}] {q.text}\n"
                  f"           label={q.evidence_url} got={got} | {verdict.reason} | {quote}")
    for name, slugs in splits.items():
        report(name, slugs, scores[name])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

/**
 * Our own wording for evidence notes that quoted a source, used the evidence's working vocabulary
 * ("next block", "pub_date", "merged row"), or referred to rows by position. Each keeps the
 * caveats, numbers and dates of the evidence note; rows not listed keep the evidence note as is.
 */
export const noteRewrites: Readonly<Record<string, string>> = {
  'cn-cnta-2010q1-work-entries':
    'Quarter-only flow count (entries, not people present). Year inferred: the Q1 total of 21,200 is the base the 2011 Q1 report compares to. Publication date inferred. No full-year 2010 work-purpose figure found.',
  'cn-cnta-2011-work-entries':
    'Entries of North Koreans for employment (manufacturing, services) out of 152,300 total visits. These are entries, not a stock, and repeat crossings count more than once. Publication date inferred (VOA reported on the 10th of the month after the year-end release).',
  'cn-cnta-2013-work-entries-nknews':
    'NK News describes these as work visas, but they are the CNTA work-purpose entries (206,600 total visits in 2013). VOA rounds the same year to 90,000 (cn-cnta-2013-work-entries-voa).',
  'cn-cnta-2013-work-entries-voa':
    'Rounded version of the 2013 CNTA work-purpose count (NK News gives 93,300). Publication date inferred (January 2014 release).',
  'cn-cnta-2014-work-entries':
    'Out of 184,500 total North Korean visits in 2014. The KDI average for 2012-2015 (cn-kdi-2012-2015-average) implies 89,000 or more for 2014 as well.',
  'cn-cnta-2015-work-entries':
    'Last full-year CNTA work-purpose count found (188,300 total visits). Later media (SBS 2017, KDI) reuse 94,200 as the number of North Korean workers in China, which conflates entries with a stock. Nothing found for 2016 onward.',
  'cn-kdi-2012-2015-average':
    "KDI is a South Korean government think tank. It treats CNTA work-purpose entries as workers in China. The same article gives 79,600 (2012) to 94,200 (2015). Publication date inferred (the article's last year is 2015).",
  'cn-chosun-2012-20000-visas':
    'A Chinese state outlet repeating Chosun Ilbo; the article says the Chinese government had not confirmed it. The visas are industrial-trainee visas. A planned figure, not a count.',
  'cn-latimes-2012-40000-deal':
    'Outlaw Ocean/El País later state that more than 40,000 received special visas in 2012. That appears to derive from these 2012 deal reports, not from a count.',
  'cn-chosun-2012-8000-existing':
    'Same article: 20,000 for Dandong (Liaoning agreement, April 2012) plus 20,000 for Tumen/Hunchun (Jilin agreement, January 2012), with a projected total of almost 50,000. Publication date approximate (mid-2012); the page shows no date.',
  'cn-nksc-2012-up-to-8000':
    "From NKSC's 2012 report, released that year. Far below CNTA entries (about 80,000 a year) and all later China estimates; it probably counts only long-term contract workers known to NKSC. Page date not shown.",
  'cn-rfa-2016-over-100000':
    'Hearsay: the source says the exact number is unknown and that it is rumoured to exceed 100,000. Includes people on one-month visit visas working informally.',
  'cn-asan-2017-20000-northeast':
    'Low end of China estimates, covering north-east joint ventures (garments) only. The same article gives revenue of US$100-200 million a year. Publication date inferred (the article refers to UN sanctions adopted the previous Saturday, i.e. resolution 2371, Aug 2017).',
  'cn-yonhap-2017-dandong-20000':
    "Refers to the first half of 2017, before the September 2017 visa non-renewal order. Publication date inferred (mentions the 28 Sept 2017 order). Conflicts with Daily NK's 5,000-7,000 in Dandong factories (cn-dailynk-2017-dandong-5-7k).",
  'cn-dailynk-2017-dandong-5-7k':
    'Factory workers only (restaurants and other sectors excluded). The same article describes one textile factory sending 170 of its 300 North Korean workers home. Publication date inferred (September 2017; a Japanese version is on livedoor, item 13687765).',
  'cn-prc-2019-report-more-than-half':
    'No number given: China reported that more than half of an unstated total had gone home. China asked that the report not be made public, and the UK complained (March 2019) that China gave no figures. This is the only official Chinese statement found; there is no Chinese figure for any year.',
  'cn-nkdb-2019-60000-ne':
    "NKDB identified more than 100 companies employing North Korean workers. NKDB reposted this on its own site (en.nkdb.org news, 23 Dec 2019). NKDB's issue brief a day later gives about 80,000 for China as a whole (cn-nkdb-2019-80000).",
  'cn-nikkei-2020-tens-of-thousands':
    'The source says tens of thousands (in Japanese) and gives no number, so low, high and point are empty. The workers were stranded by the COVID-19 border closure, and their short-term visas had expired while China tolerated their stay.',
  'cn-dailynk-2022-dandong-80000':
    "Single-source claim of an official Chinese count, which China did not publish. It looks like the origin of the Outlaw Ocean Project's 2024 claim of 80,000 in Dandong from a Chinese government count said to have been published online by accident. It is 4-16 times earlier Dandong estimates (5,000-7,000 in 2017; about 20,000 in 2017).",
  'cn-dailynkjp-2022-over-100000':
    'An extrapolation, not a count. The same article says the number previously said to be in China was about 80,000. Publication date inferred (same event as the Daily NK Korean article of 14 Nov 2022).',
  'cn-outlawocean-2024-seafood-1000':
    'Sector-specific lower bound. The primary investigation page is https://theoutlawocean.com/investigations/china-the-superpower-of-seafood/the-north-koreans-behind-global-seafood, where a trader estimates 50-70 North Koreans at one firm (Donggang Jinhui). Publication date inferred (Feb/Mar 2024).',
  'cn-hrnk-2023-seafood-thousands':
    'No number (the testimony says thousands), so low, high and point are empty. It dates the start of post-COVID repatriations from China to 23 or 29 August 2023.',
  'cn-rfa-2023-over-100000':
    'Single-source claim. The UN Panel of Experts (S/2024/215 period) gave about 100,000 worldwide (wld-unpoe-2024-100k), which makes more than 100,000 in China alone hard to reconcile.',
  'cn-helong-2024-sankei-200-repatriated':
    'Forced repatriation of riot participants. Cho Han-bum put it at 100 by mid-February (cn-helong-2024-cho-100-repatriated). A 2025 claim by People News that 200 were sent to camps or executed is unverified. Publication date inferred (after the Feb 2024 reports).',
  'cn-helong-2024-cho-100-repatriated':
    'The same article reports a work refusal in Dandong by dozens of workers who had been in China for up to seven years. Publication date inferred (Cho spoke on 28 Feb 2024).',
  'cn-rfa-2024-hunchun-500':
    "Arrived on 28-29 August 2024; 150 of them went to a garment firm. RFA calls this the first post-pandemic dispatch, which conflicts with Daily NK's report of 1,000-2,000 new arrivals in April-May 2024. The NIS said it was monitoring the matter.",
  'cn-dailynk-2024-dandong-6000-returned':
    '4,000 in October plus 2,000 by 21 November gives about 6,000; the article states the 6,000 total. About 200 a day, on seven minibuses daily, from small garment and electronics factories with 200 workers or fewer. A Daily NK English version is mirrored at internetional.news. KBS (27 Dec 2024) filmed the continuing departures. Publication date inferred (Nov 2024).',
  'cn-dailynkjp-2024-said-100000':
    'A conventional figure, not an estimate by the author. Publication date inferred.',
  'my-2014-selantik-46':
    'Workers came under a special Sarawak-DPRK arrangement. The same article says Immigration sought 117 North Koreans who had overstayed their work permits (coal and construction). Publication date inferred.',
  'my-gov-2017-296-surrendered':
    "Of the 296, 113 had been on work permits and 183 on social visit passes; all had left or were to leave Malaysia in stages. This exceeds the Deputy PM's figure of 315 North Koreans remaining (a month earlier) minus MM2H residents, so the sources are inconsistent.",
  'my-gov-2017-last-35-left':
    'After they left, no North Korean workers remained in Sarawak (Masir Kujat). The article says Sarawak had employed hundreds of North Koreans since the 1980s.',
  'mn-yonhap-2013-1700': 'Compare the AFP-reported 2013 peak of 2,123 (mn-afp-2013-peak).',
  'vn-gov-2017-94':
    'Stock at December 2017. Publication date inferred (the page gives only the day of the month, the 4th).',
  'au-gov-2020-0':
    'Publication date inferred (final reports were due 22 Mar 2020, and 31 had been filed at the time).',
  'pk-gov-2020-0':
    'No work permits issued to North Koreans in the previous five years. Publication date inferred.',
  'nz-gov-2021-0':
    'Report submitted in January, and the 1718 Committee counted 66 reports as of 21 January. Publication date inferred (probably 2021).',
  'wld-nkinw-unsr-2015-50000':
    'Context only. The stored copy of the page breaks off in the middle of its upper figure (120,0…), and its per-country figures are in an interactive map the stored copy lacks.',
  'wld-aj-2023-restaurants-17':
    'The same article estimates that there were once about 130 North Korean state-run restaurants across East and South-East Asia and beyond. Khmer Times (2019) says more than 100 at the peak.',
  'it-msmt-2025-chn-1000-1500':
    'Third-hand: an aggregator citing the State Department press releases of 2025-10-22 and 2026-01-12 that summarise the MSMT report. The figure is for the IT workers known (identified), not an estimate of all. Consistent with the ROK MOFA figure of 1,000-2,000 in 8 countries (it-msmt-2025-wld-1000-2000).',
  'ru-msmt-2025-40000-planned':
    'A plan, not workers present. The same sentence supports it-msmt-2025-chn-1000-1500. The same MSMT figure is also recorded from another page as ru-msmt-2025-plan-40000.',
  'it-poe-2023-upto-10000':
    "Upper bound of an estimate the Panel of Experts cites. The Panel's final report of March 2024 gives about 3,000 abroad (wld-unpoe-2024-it-workers-3k). Sankei (it-sankei-2024-3000-10000) renders the pair as 3,000-10,000. Publication date as shown on the page; the URL says 2023/11.",
  'it-npa-2024-revenue-250-600m':
    'Gives the lower bound (US$250m) that wld-rev-unpoe-2024-it-600m lacks. Kienai News (kienai-news.com/archives/41234) and Epoch Times Japan (mb.epochtimes.jp/2024/03/213951.html) give the same US$250-600m.',
  'it-usadvisory-2022-thousands':
    'No integer: the advisory says thousands. Its next sentence places DPRK IT workers mainly in China and Russia, with fewer in Africa and South-East Asia. The page mirrors the government text; copies on zlibrary carry the same advisory, which says the DPRK sends thousands of highly skilled IT workers around the world.',
  'it-rok-2022-revenue-hundreds-of-millions':
    'The advisory says several hundred million US dollars every year (in Korean). No integer.',
  'cn-dailynk-2025-dandong-under-10000':
    'The source says fewer than 10,000, recorded as up to 10,000. Page shows no date. Year inferred as 2025: it describes the exodus that began in autumn 2024 (cn-dailynk-2024-dandong-6000-returned) and says workers of larger factories are to go home within the year, matching Daily NK Japan of 2025-05-17 (news.biglobe.ne.jp dnj_250517_9016125923), which reports Liaoning women workers returning from H2 2024 to April 2025 and big-factory workers due home within the year. It contradicts the 2022 figure of 80,000 in Dandong only if read as the same time; the source itself treats 70,000-80,000 as the past peak.',
  'cn-yomiuri-2025-hunchun-3000-primary':
    "Yomiuri's own English report, the primary for the secondary row cn-yomiuri-2025-hunchun-3000 (Asia Business Daily). Arrivals January-March 2025, not a stock. Most are young women in garment and seafood plants.",
  'cn-yomiuri-2025-dandong-500-primary':
    "Primary for cn-yomiuri-2025-dandong-500. Arrivals in May 2025 only. Sits oddly with Daily NK's reports of Dandong/Liaoning workers leaving in 2024-2025; both can be true (turnover).",
  'cn-dailynk-2025-planned-1500':
    'A plan, not a stock. Same page as ru-dailynk-2025-24200, which records the Russia figure. The page shows no date; the content (recruitment that began the year before, war-driven Russian demand) points to 2025, but this is not stated.',
  'cn-tip2023-donga-kr-20-100k':
    'Korean edition of the Dong-A Ilbo report recorded as chn-tip2023-20-100k-seedcheck (English).',
  'cn-skmedia-2023-100k-via-rfa':
    "Secondary summary of unnamed estimates. Publication date inferred: the article reports Rodong Sinmun's Sunday announcement approving returns (27 Aug 2023). The Russia figure in the same article (3,000-4,000) is far below other 2023 Russia estimates.",
  'cn-rfa-2023-500-returned-liaoning':
    'Late August 2023. Overlaps the Yonhap report of 300-400 crossing by bus from Dandong on 28 Aug 2023 (cn-yonhap-2023-08-28-dandong-300-400).',
  'cn-rfa-stranded-10000-rotation':
    'A planned rotation, not a stock; the page gives the day (20 June) but no year. It falls between the January 2020 border closure and the August 2023 reopening. Low reliability (single source, repost site).',
  'cn-dailynkjp-2014-dandong-20000':
    'Same sentence as cn-dailynkjp-2016-dandong-15000; this is the 2014 baseline.',
  'wld-rfa-2023-700-repatriated':
    'First large repatriation after the border reopening (late August 2023). The same article says about 500 returned from Liaoning (cn-rfa-2023-500-returned-liaoning).',
  'wld-rev-mou-2016-200-300m':
    "Matches NKDB's December 2015 US$200-300m (wld-rev-nkdb-2015-12-200-300m); an order of magnitude below the UN Special Rapporteur's US$1.2-2.3bn.",
  'wld-kotra-2013-50k':
    'The Korean wording means 50,000-odd, read as more than 50,000. Same sentence as the 16-country count (wld-kotra-2013-16-countries).',
  'eu-eurostat-2016-625-permits':
    'The stored copy drops linked words; read in full, the German text says 625 North Koreans held a valid work permit in the EU in 2016, 534 of them in Poland. That leaves 91 in other EU states, unnamed. The page also says 188 new Polish permits were issued in H1 2017. Publication date inferred (a week after UNSCR 2375 of 2017-09-11). Eurostat is the statistics office of the EU.',
  'wld-joongang-2010-30k-45-countries':
    'Worldwide total with a host-country count of 45 in 2010, the same count the UN Special Rapporteur later gave (2017) for the most countries hosting workers at one time.',
  'bd-wiki-restaurant-staff':
    'Weak (a mirror of an encyclopedia page). It mentions the restaurant manager, a North Korean national, arrested in May 2015 for illegal sales. nkreports.wordpress.com (2016-08) also mentions a North Korean restaurant in Dhaka. The stronger Bangladesh source is the 2018 US advisory (IT sector), list-usadv2018-bgd.',
  'cg-ap-2017-monuments':
    'AP names Congo without saying which one. Peacekeepers sent to the Central African Republic and the arms case point to the Republic of the Congo (Brazzaville), but this is an inference. The same AP list (also on thisismoney.co.uk) names Angola, China, Kuwait, Mozambique, Namibia, Nigeria, Oman and Qatar for workers, all of which have figures in this dataset.',
  'et-gov-2017-15-permits':
    'Permits issued before May 2017 (3 of them expired by the report date), a proxy for workers present in 2017. VOA Korean (voakorea.com/amp/4181782.html, 2017-12) reports the same figure as 15 North Korean workers confirmed as working in Ethiopia. The original NK News article (nknews.org/2018/01/ethiopia-freezes-work-permits-...) is paywalled. The first numeric figure for Ethiopia in the dataset.',
  'et-gov-2017-40-frozen':
    'Planned or pending workers, not people present. VOA Korean (4181782) says these 40 were reportedly to work on pipe construction.',
  'gi-poe2019-presence':
    'Presence in Guinea; no number. The company denies any work beyond an initial survey. Undated blog post (after March 2019). A separate Pyongyang Papers page (pyongyangpapers.com/tag/guinea) cites the Panel on two Guinea-based IT companies contracting DPRK IT workers. No other record for Guinea in this dataset.',
  'id-khmertimes-2019-restaurants':
    'Recorded only for Indonesia, the one country in the sentence whose only other record is a government zero (id-gov-2020-0). DPRK restaurants are staffed by dispatched North Korean workers; no number.',
  'ir-dailynk-2025-130-planned':
    'A plan, not people present. Same page and sentence as ru-dailynk-2025-24200 (Russia); this row records the Iran share only. Undated, probably late 2025. The Spanish summary at elpulsoglobal.com gives the same breakdown. Iran has no other record in this dataset.',
  'mx-ul-presence':
    'Mexico is the only country in this sentence with no other record; the others have figures. The page is undated (it refers to CAATSA, so 2017-2018). The same page says more than 40 countries host workers, according to US officials.',
  'ml-poe-2017-investigated':
    "Weak: the Panel investigated Mali's ties with North Korean companies (in context, Mansudae construction and statue contracts), which is not a report that North Korean workers were present. Mali has no other record. Recorded so that a map can show Mali as investigated with presence not established, rather than as no report; treat it as no confirmed presence.",
  'mu-gov-2022-6-detained':
    'Fishing crew working on Chinese distant-water tuna longliners, not land-based workers in Mauritius. Nocut News (m.nocutnews.co.kr/news/6298552) says a Chinese captain and 6 North Korean crew were arrested in Mauritius in December 2022. EJF says it could not estimate the total number of North Koreans on the 12 vessels. Mauritius has no other record in this dataset.',
  'sl-poe2019-presence':
    'Presence in Sierra Leone; no number. The company denies any work beyond an initial survey. Undated blog post (after March 2019). A separate Pyongyang Papers page (pyongyangpapers.com/tag/guinea) cites the Panel on two Guinea-based IT companies contracting DPRK IT workers. No other record for Sierra Leone in this dataset.',
  'sy-poe-2019-800-invited':
    'Invitations, which mix military personnel and labourers; arrival not confirmed. Syria has no other record in this dataset.',
  'tu-fp-2011-presence':
    'Presence of North Koreans working in Tunisia during the 2011 Arab Spring; no number. Dong-A Ilbo (2011-10-28, citing RFA) adds that planned dispatches to Libya and Egypt were put on hold. Tunisia has no other record in this dataset.',
  'tr-gov-2019-zero':
    'The headline says that Romania and Turkey had already sent home all North Korean workers in their countries, which implies that North Korean workers had been in Turkey before 2019; the Turkish statement itself was not in the text read. The Romanian part of this page is ro-mfa-2019-zero. Turkey also filed a final 2397 report by March 2020 (VOA, voakorea.com/korea/korea-politics/repatriation-workers), contents not seen.',
  'za-joongang-2010-1000':
    "The next sentence says South Korea's Unification Ministry confirmed that North Koreans were working in South Africa (the ministry gave no number). A Brazilian copy (trivela.com.br) gives about a thousand workers. South Africa has no other record in this dataset.",
  'ru-yomiuri-2004-14700':
    'Only national figure found for 2004. The page is undated; it says a Russia-DPRK agreement on temporary workers took effect the previous December and gives a Moscow Oblast series from 2008 to the previous year, so it was published about 2009-2010. The exact figures suggest Russian official statistics (FMS), but the article does not say so. Conflicts with a Far-East-only total of about 4,000 for October 2004 (ru-yonhap-2004-fareast-4000).',
  'ru-yomiuri-2007-32600':
    'Same sentence as ru-yomiuri-2004-14700. Much higher than the other 2006-2007 figures: about 11,000 (Lankov, 2006) and more than 20,000 in the Far East (Daily NK, Nov 2007). It may count all work permits issued during the year rather than people present at one time.',
  'ru-dnkjp-2011-20000':
    'The only national figure for 2011; the other 2011 figures cover the Far East only.',
  'ru-fms-2016-30000-residents':
    'All DPRK citizens, not only workers, but most are construction workers (per the article). Agrees with the 30,000-40,000 range of other 2016-17 estimates.',
  'ru-gov-2018-sentback-18533':
    'The decline stated by Russia (30,023 to 11,490 permit holders; the stock figures are ru-un-2019-end2017 and ru-un-2019-end2018). VOA says this was about 80% of all repatriations reported to the UN by then. Publication year inferred (midterm reports were due March 2019).',
  'ru-yomiuri-moscowobl-2008':
    'Flow figure (registrations of newly arrived North Koreans), not a stock. The same article says almost all of them are construction workers. The only Moscow-region figure found for 2008.',
  'ru-yomiuri-moscowobl-lastyear':
    'Given for the year before an undated article. Because the series starts in 2008, the year is probably 2009, but the period is left empty rather than guessed.',
  'ru-primorye-2005-3320':
    'A second figure from the page of ru-primorye-2004 (which records the 2,800 for 2004). The page gives it for the current year without a date; 2005 is inferred from its mention of 2004 as the previous year, so treat the year as approximate. The same sentence plans up to 5,000 for the following year.',
  'ru-lankov-2006-logging-8000':
    'Logging camps only. It is the logging part of the computed 11,000 in ru-lankov-2006; the 3,000 in other projects is not repeated here. The same page gives more than 20,000 at the mid-1980s peak.',
  'ru-voa-2007-sakhalin-3000':
    'Regional split of the Far East total ru-farEast-2007 (Daily NK, which gives the same split). The same VOA story reports a protocol to send 3,500 more to Sakhalin in 2008 (ru-sakhalin-2008-plan).',
  'ru-bbc-2009-amur-logging-1500':
    'Logging camps only. The BBC says nearly 1,500; the qualifier about is used because the codebook has no nearly. NK Economy Watch (2009-09-02) adds that Association No. 2 receives 35% of logging proceeds (about $7m).',
  'ru-primorye-2013-quota-4764':
    'Quota for 2013 (total 23,788 of 81,367 requested by employers). Publication date inferred from the text, which speaks of the next year, 2013, so late 2012. A quota is a ceiling, not a count. The same text is copied at aldoe.ru/p2370.htm.',
  'ru-amur-2014-permits-1458':
    'Work permits issued 1 Jan to 1 Sep. Year inferred: the page is dated 8 September without a year and expects the next group of workers in May-June of the following year, 2015, so 2014.',
  'ru-dp-spb-2017-recruit-4000':
    'A plan by staffing firms, not people present. The stored text goes on to a number brought in the previous year (250) but breaks off there, so that figure is not recorded.',
  'ru-dnkjp-spb-2000':
    'Undated (archive numbering suggests about 2016, but the period is left empty). The same sentence gives 30,000 or 50,000 for all of Russia.',
  'ru-dnkjp-amur-2017-quota-1430':
    'Given for the current year of an undated page. The same text says the 2018 quota had been cut to 1,028 and might be cancelled, so the page is probably from late 2017 and the year 2017 is inferred. The same page repeats a claim of 30,000 North Korean workers in the oblast, which is implausible next to these quotas and is not recorded.',
  'ru-msmt-2024-8000-dispatched':
    "The MSMT report itself was not found. Korean coverage (rankmore.kr/news/1148802) reports 8,000 workers sent to Russia the previous year and dates the report's release to 29 May 2025. Compare 13,221 DPRK entries in 2024 (Rosstat; 7,887 for education) and the NIS estimate of thousands (Feb 2025).",
  'ru-msmt-2025-plan-40000':
    'A plan, not people present. RBC-Ukraine (2025-11-04) also reports 40,000 workers for Russia. The fact-check cites State Department releases of 22 Oct 2025 and 12 Jan 2026. The same MSMT figure is also recorded as ru-msmt-2025-40000-planned.',
  'ru-nis-2025-apr-15000-sent':
    'The Korean-language source of the NIS figure that WSJ reported (ru-wsj-nis-2025-15000); the same estimate, not an independent one. The Korean word means sent, a cumulative figure, not necessarily present at one time.',
  'ru-eskadra-2025-15000-present':
    'Industry claim, not official, and it matches the NIS figure. The estimator type media is the nearest category for an industry source (as for ru-eskadra-2025). The same speaker forecast up to 50,000 by end-2025 (ru-eskadra-2025, from Vedomosti).',
  'ru-eskadra-2025-153000-requests':
    'Demand (applications), not workers. Unverified industry claim. Deputy PM Khusnullin said separately that mass hiring was not planned, putting demand at up to 50,000.',
  'ru-wsj-2024-student-visas-8600':
    'Visas issued, not a worker count. News1 (2026-01-15) and Daily NK Japan (2026-01) give more than 8,600. Student visas are widely believed to cover labour dispatch.',
  'ru-hrgroups-2026-15000':
    'Latest estimate found (Jan 2026); no 2026-dated count was found. The Korean version (News1, 2026-01-15, news1.kr/amp/nk/politics-diplomacy/6039960) gives it as of the previous year, i.e. 2025, so the year may be 2024 or 2025. The same story says Russia stopped publishing DPRK entry statistics after Q1 2025.',
  'blr-lenta-2015-missing-3':
    'Evidence that DPRK construction workers were in Belarus after 2012. The same page says dozens of DPRK citizens had worked on the Palace of Independence and Hotel Belarus in Minsk (no number).',
  'blr-gov-2020-0':
    'Belarus said it had never issued work permits to North Koreans. This conflicts with the Minskbud contract (2012, up to 500; blr-minskbud-plan) and the 2015-2016 reports (blr-lenta-2015-missing-3, blr-rfa-2016-caught-4), unless those workers came without Belarusian work permits. Other countries in the same VOA item: au-gov-2020-0, pk-gov-2020-0. Publication date inferred as for those rows.',
  'kw-chosun-2009-3100':
    'The same article gives UAE 1,300, Oman 300, Yemen 250 and an ambiguous 800 for the UAE and Qatar (ae-chosun-2009-1300, om-chosun-2009-300, ye-chosun-2009-250, qa-chosun-2009-800-ambiguous).',
  'kw-rfa-2016-3200':
    "Publication date inferred from RFA's 2016 special investigation series (nkinvestigation); the Malta page in the same series cites July 2016 data. Treat 2016 as approximate.",
  'kw-pam-2017-6064':
    "The highest official Kuwaiti figure. Hours later Kuwait's Foreign Ministry (via KUNA) flatly denied that there were such numbers of workers. The same statement is in Financial Post and Daily Caller (which rounds it to about 6,000). The source most likely counts valid work or residence permits.",
  'kw-chosun-2017-2000-left':
    "The article's estimate of 6,000 before the drawdown matches the Kuwait Manpower Authority figure. According to the article, Kuwait and Qatar stopped renewing visas in May 2017.",
  'qa-chosun-2009-800-ambiguous':
    "The sentence is ambiguous (it names the UAE and Qatar together) and conflicts with the same article's 1,300 in Abu Dhabi and Dubai; it may mean 800 in Qatar. Use with caution.",
  'qa-guardian-2014-upto3000':
    'The primary is The Guardian, 2014-11-07 (https://www.theguardian.com/global-development/2014/nov/07/qatar-north-korean-forced-labour); the text read of it did not show the sentence. Business Standard (ANI) repeats some 3,000.',
  'qa-nir-2018-06-150':
    'Diplomaticwatch.com quotes the report itself, which gives 150 such workers remaining in Qatar at the end of June 2018.',
  'qa-ap-officials-2017-2000':
    'Qatar disputed this figure in the same AP news cycle, saying fewer than 1,000 (qa-gov-2017-07-under1000).',
  'qa-gov-2017-07-under1000':
    'The source says fewer than 1,000, recorded here as up to 1,000. According to Qatar, no DPRK visas had been issued since 2015.',
  'qa-chosun-2017-09-2000':
    '2,000 is the level before the drawdown; the article says three quarters have gone, which implies about 500 left by Sept 2017, a number it does not state.',
  'qa-hill-2017-3000':
    'A partisan opinion piece written during the 2017 Gulf blockade of Qatar. The same piece also puts it as up to three thousand. Low reliability.',
  'qa-un2397-repatriated-2471':
    '2,471 = 2,541 - 70. Yonhap (urdupoint.com 2019-12-12) rounds it to about 2,500.',
  'ae-ap-officials-2017-upto1500':
    'Newsis/Asia Today (Korean) restate this as more than 1,500 in the UAE, a drift in the retelling.',
  'om-kotra-2015-upto300':
    "Weak source. KOTRA removed the report and told NK News that it was not based on formal, credible information; the information came from an interview with a local construction company (https://www.nknews.org/2016/12/withdrawal-of-north-korean-workers-in-oman-not-verified/). South Korea's MOFA said Oman had taken appropriate measures.",
  'ly-rok-official-2011-200': 'RFA gave about 200 in February 2011 (MBN, Herald Corp).',
  'ly-lana-2015-25-medics':
    'The count covers one district; the DPRK announced it would reduce this staff. Publication date inferred (after the May 2015 kidnapping).',
  'me-chosun-2009-6000': 'Country WLD is used only because the codebook has no regional code.',
  'me-chosun-2017-upto10000':
    'The source gives no time frame (it says how many there used to be), so this is a peak-level claim.',
  'me-chosun-2017-revenue-100m':
    'The text does not say per year; it is recorded as annual because it describes a running remittance flow. Treat it as uncertain.',
  'ao-asan-2013-1000':
    'From the headline, which gives about 1,000 North Korean workers in Angola at the end of 2013 per the Asan Institute. The Asan original was not found. The highest Angola figure.',
  'na-compound-capacity-100':
    'The housing capacity of the compound (for about a hundred North Koreans), not a headcount. The crew disappeared at the end of Sept 2017. The source is NK News 2021-05 (nknews.org/2021/05/photos-inside-an-abandoned-north-korean-compound-in-southwest-africa/).',
  'na-mop-contracts-66m':
    'Cumulative contract value, not annual remittance. The same source gives almost $55 million for Angola (text truncated).',
  'ng-poe-2020-37-awaiting':
    'Pyongyang Papers is a low-reliability blog; NK News 2021-04 covered North Korean health workers stranded in Nigeria. Publication date inferred.',
  'tz-kbs-2016-revenue-1m':
    'From the headline only, which says the North Korean hospitals in Tanzania earn $1 million a year from illegal business. The basis for the figure was not visible in the text read.',
  'pl-leiden-2016-500-800':
    'From the report North Korean Forced Labour in the EU, the Polish Case (2016), which names 32 Polish companies (shipyards, market gardens).',
  'pl-leiden-2016-500-per-year':
    'An annual inflow, not the stock present, derived from administrative data (permits and visas).',
  'pl-nyt-2016-253-permits-partial':
    "Partial coverage (10 of 16 regions) makes this a lower bound. The primary is The New York Times, 2017-12-31, on North Korean workers' wages in Poland.",
  'pl-osce-2018-09-350': "HRWF says Poland's written reply gave different figures.",
  'pl-un2397-2017-12-upto451':
    'Poland gave no more than 451 DPRK nationals residing for work in Dec 2017. Daily NK Japan (archives/122727) repeats the fall from 451 to 37.',
  'pl-un2397-2018-12-upto37':
    'Poland said some of the 37 may already have left via other EU borders. KBS World (French, 2019-12) gives a fall from 451 to 31, which conflicts with 37. The Polish MFA told RFA there were 37 valid permits as of Feb 2019.',
  'pl-rfa-2019-414-repatriated':
    'Derived arithmetically by the media (VOA says so), not reported by Poland as repatriations.',
  'cz-2007-01-400':
    'IHT (Nov 2006, via forum.md) says nearly 400; the Washington Times (2007-01-29) gives about 400. The Czech Republic stopped new visas in June 2006 and stopped renewals from 25 Jan 2007.',
  'cz-police-2007-05-331':
    'According to the Czech Interior Ministry, several hundred had worked in clothing and shoe factories since 2001.',
  'eeu-nkgroup-2011-5000':
    'What the Korean term for the Eastern bloc covers is unclear; it is probably separate from Russia, which is listed on its own.',
  'uy-hrnk-2016-crews-10-20':
    'The group size per ship, not a total. HRNK had not independently verified it. The primary is an HRNK Insider post of June 2016.',
  'ru-primorye-2004':
    'The article is undated in the text read. The same sentence gives 3,320 for the current year (probably 2005; ru-primorye-2005-3320) and a plan of up to 5,000 for the following year. Covers construction workers in Primorye only.',
  'ru-lankov-2006':
    'The point value is computed (8,000 logging + 3,000 other). The same page puts the mid-1980s logging peak at more than 20,000.',
  'ru-voa-2016-end':
    'Publication date inferred from the content (Eastern Economic Forum on the 13th; the UN resolution adopted the previous December). Counts work-permit holders at the end of 2016.',
  'ru-lankov-2016':
    'Publication date inferred (the report refers to mid-2025). The same report says the Soviet-era logging workforce ranged from 15,000 to 30,000.',
  'ru-tip-2017-present':
    'Sayari (https://sayari.com/resources/dprk-foreign-labor-in-russia/) also cites a State Department report giving an estimated 30,000 as of June 2017. The primary state.gov TIP 2017 Russia page was found, but the text read did not show this sentence.',
  'ru-mvd-2017-workvisas':
    "The text says almost 24,000. Higher than Matsegora's usual 12,000-15,000 per year (ru-visas-annual-matsegora).",
  'ru-kyodo-2017-35000':
    'The TASS-based Visa House item (https://www.visahouse.com/en/news/read/rossiya-provodit-deportatsiyu-rabochikh-kndr/, 2018-02-12) also gives about 35,000.',
  'ru-un-2019-end2017':
    'The baseline is at or near the end of 2017 (Uni-media 2019-07-19 gives 30,023 at end-2017 and 11,490 at end-2018). Reuters broke the story (Korean summary: https://kr.investing.com/news/world-news/article-161445). The Russian report itself (S/AC.49 series) was not found. The State Department TIP 2019 gives rounded figures (30,000 to about 11,500).',
  'ru-un-2019-end2018':
    'End of 2018. Corroborated by Okezone (Indonesian), UrduPoint/Sputnik (TIP 2019: a fall in 2018 from 30,000 to about 11,500) and Uni-media. Implied reduction: 18,533 (computed, not stated).',
  'ru-primorye-2018-governor':
    'Vesti Primorye also gives about 10,000, per regional authorities. The DPRK Embassy had asked that 3,500 workers with signed contracts be allowed to stay (Nov 2017).',
  'ru-visas-annual-matsegora':
    'The Moscow Times (same day) rendered this as at least 12,000 work permits every year, and Meduza as 12,000 to 15,000 work visas. The MVD figure for 2017 (about 24,000) is higher.',
  'ru-peak-37000-matsegora':
    'KBS (2018) places about 37,000 at the start of that year (early 2018). Later Matsegora statements use 34,000 as the pre-resolution baseline (ru-matsegora-2018-dec).',
  'ru-matsegora-2018-departed':
    'Undated page; the context (departures since the start of the year, the number to halve by year end) fits 2018. In short, nearly 20,000 North Korean workers had left Russia.',
  'ru-mvd-2019-tourist-student':
    'Reuters (via Pyongyang Papers): 16,613 student and 10,345 tourist visas in 2019 (sum 26,958). TIP 2020 gives more than 20,000 new tourist and student visas in 2019. Widely read as workers switching visa category.',
  'ru-matsegora-2019-sept':
    'RIA (ria24.today/news/severokoreyskih-rabochih-izgonyat-iz-rossii-1/825840) reports him as saying fewer than ten thousand with work visas. The Washington Post (Oct 2019, via messenger.com.ge) says about 10,000 remain in Russia, down from 40,000.',
  'ru-tip-2020-end2019':
    'End of 2019. The same sentence says the government issued more than 20,000 new tourist and student visas to North Koreans in 2019, compared with 2018. Kyunghyang (2025-02-09) also says Russia reported to the UNSC that about 1,000 remained at end-2019.',
  'ru-rosstat-2019-entries':
    'All entries of DPRK nationals (all purposes), not workers. Mediazona/Politico say 3,200 of the 2019 entries were for study.',
  'ru-mfa-2020-jan':
    'Briefing of 23 Jan 2020. Russia says they no longer hold work permits. Matsegora repeated about 1,000 in May 2020 (Yonhap, https://www.yna.co.kr/view/AKR20200522004100080?input=1215m). Global Source Partners (2020-01-24) contrasts a US estimate of 30,000.',
  'ru-un-2020-final':
    'March 2020. Work permits had been revoked; the workers were stranded by the DPRK border closure. The page header shows a later site date (3 October 2023).',
  'ru-mvd-2020-q1-workvisas':
    'Q1 2020, after the repatriation deadline. From H1 2020 the MVD left the DPRK work cell blank (RFA 2020-08-05: H1 registrations were 2,311 student, 203 tourist, 44 private, 605 other).',
  'ru-tip-2021-visas2020': 'The text says almost 3,000.',
  'ru-dailynk-2021-plan':
    'The year is inferred (recruitment began after the Eighth Party Congress, Jan 2021). The source puts it at anywhere from several thousand to 10,000. FSB entry data for 2021 (69; ru-fsb-2021-entries) show this did not happen during the border closure.',
  'ru-fsb-2022-entries':
    'Undated (early 2024). The same page gives 2023 quarters Q1 153, Q2 213, Q3 365 (3 of them for work). NK News (2023-10) gives 44 for H1 2022.',
  'ru-khusnullin-2022':
    'A demand estimate, not a count. RFA Korean (2023-12-22) says Khusnullin spoke in Sept 2022 of up to 50,000. The closest figure found to the RFA figure of 20,000 for 2022 (seed-rfa-2022-20k-russia), whose RFA original was not found.',
  'ru-rosstat-2023-entries':
    'All purposes. NK News (2024-02-21) says more than a thousand North Koreans entered Russia in 2023. A claim of more than 12,000 entries in 2023 could not be confirmed; the 13,221 figure (ru-rosstat-2024-entries) is for 2024.',
  'ru-fsb-2024-q2':
    'Quarterly entries, all purposes. Q1 2024 = 812, so H1 = 2,508 (NK News via kompromat.ai; only 6 gave work as the purpose). Entries from Q2 2020 to Q4 2023 totalled 1,579.',
  'ru-nis-2024-oct':
    'As of Oct 2024. On 9 Feb 2025 the NIS said thousands were sent in 2024 (Kyunghyang, JoongAng Daily, Asahi). Newser/NYT (June 2025): 4,000 of about 15,000 in construction.',
  'ru-rosstat-2024-entries':
    'All purposes. By purpose: education 7,887, business 3,098, transport crew 1,648, private 286, transit 234, tourism 53, work 15. Education entries were the highest since 2012 (6,636). Widely repeated (Yonhap, Seoul Shinmun, Asia Today, Rodong/News1 Global, Charter97, Japanese outlets). The NIS cited it in support of its estimate of thousands of workers.',
  'ru-bbc-2024-arrivals':
    "USSA News's summary of the BBC piece gives more than 10,000 labourers arriving in 2024. The BBC article (bbc.com/news/articles/c2077gwjlvxo) was not opened directly.",
  'ru-rok-official-2024-plan':
    'Undated page; the context (treaty submitted to the Duma, 600,000 Russian casualties) suggests about Oct-Nov 2024. An intention of tens of thousands, up to 100,000.',
  'ru-wsj-nis-2025-15000':
    'HNGN reports nearly 15,000, from a briefing to lawmakers the week before. The New York Times (via dnyuz, 2025-06-17) reports South Korean intelligence officials as saying in April that up to 15,000 North Korean workers were already employed in Russia. Novaya Gazeta Europe: 8,600 student visas issued in 2024. The Insider: around 15,000 by May 2025.',
  'ru-bbc-2025-50000':
    'A projection, not a count. The BBC original was published about 12 Aug 2025 (Global News Podcast date). Kukmin Ilbo (2025-08-12) reports the same outlook of 50,000 to be sent to Russia. Particle summarised it as up to 50,000 operating in Russia, a misreading.',
  'ru-eskadra-2025':
    "Industry forecast; the column's author doubts it was met. The estimator type media is the nearest category for an industry source.",
  'ru-dailynk-2025-24200':
    'Undated (probably late 2025: the recruitment began the year before). Part of a total of up to 28,000 more workers abroad (wld-dailynk-2025-28000-planned). The Downthenews copy adds about 5,000 first-round selectees awaiting final interviews and 3,000 more in screening. A plan, not arrivals.',
  'ru-nis-undated-5000':
    'Undated. The same article gives about 20,000 in 1996-97 and about 12,000 in the previous year, falling to 5,000 in the current year. This points to the late 1990s or around 2000; the period is left empty rather than guessed. Conflicts with the 10,000 for 2001 (ru-mt-2001).',
  'ru-amur-undated-1867':
    'Undated (the 4th working-group meeting under the Aug 2007 agreement; early 2010s). Breakdown: construction about 1,000, forestry 758, agriculture 81. The same article gives about 20,000 officially dispatched Russia-wide.',
  'mn-afp-2013-peak':
    'The official peak. Sectors: construction, cashmere sewing, acupuncture and traditional medicine. Conflicts with the up to 5,000 in RFA-sourced reports (mn-rfa-2013-peak5000). Also in SCMP, Japan News (AFP-Jiji) and Gogo.mn.',
  'mn-un-2016-expelled': 'RFA Korean (2018-01-26) says more than 200.',
  'mn-un-2017-permits':
    'As of 1 Nov 2017, against a 2017 quota of 2,338 (mn-un-2017-quota). AFP (Taipei Times 2017-12-04) gives 1,190 employed as of November 2017; UB Post says more than 1,190.',
  'mn-afp-2017-1190':
    "Nov 2017. The labour ministry said one-year authorisations would not be renewed. SCMP's headline rounds it to 1,200 workers leaving Mongolia.",
  'blr-minskbud-plan':
    'The page shows an update date of 24 Feb 2021, but the content refers to the first nine months of 2012, so the year is about 2012. The first 30 were to arrive that week. Minskbud is a state-owned builder, hence government. No later Belarus figures found (a 2014 bilateral agreement is mentioned on wiki-derived pages, with no numbers).',
  'ukr-dailynk-2024-groups':
    'Publication date inferred (the text refers to the Vostochny summit of 13 Sept of the previous year, i.e. 2023; selection began in early March). Planned mix: 70% construction workers, 30% soldiers.',
  'wld-hankyung-2014-50k':
    'The hankyung.com version (https://www.hankyung.com/politics/article/2014120199091) says the DPRK is sending more than 50,000 young workers abroad.',
  'wld-nkwatch-2015-100k':
    "Reuters notes that no reason was given for the gap between this and Darusman's 20,000 the same day (wld-unsr-darusman-2015-03-20k).",
  'wld-unsr-darusman-2015-03-20k':
    'Preliminary (he called it a first estimate). Raised to more than 50,000 in his October 2015 report A/70/362 (wld-unsr-a70362-2015-50k).',
  'wld-asan-2015-52-54k':
    'Publication date inferred: the blog refers to the NKDB/KEI event of 2015-05-12 as recent. The Asan report itself was not found.',
  'wld-weissmann-2015-74-81k':
    'Noland adds that even this estimate may be too low (the text read breaks off mid-sentence).',
  'wld-ustip-2015-50k':
    'Korean translation of the TIP 2015 text; the English chapter could not be read. KBS German gives up to 50,000 (http://rki.kbs.co.kr/service/news_view.htm?Seq_Code=55999&lang=g) and KBS Indonesian as many as 50,000: the wording differs between translations (more than, up to, about).',
  'wld-nis-2015-58k':
    "The article gives only the day (the 20th) of an NIS audit; the year 2015 is inferred from the content (a 4th nuclear test not imminent; the party then called New Politics Alliance for Democracy). KBS later cites 58,000 as the intelligence agencies' figure for the previous year.",
  'wld-nis-2015-220k-abroad':
    'Not workers only: everyone living abroad. Useful as an upper bound or for context.',
  'wld-unsr-a70362-2015-50k':
    'The primary A/70/362 (dated 8 Sep 2015) could not be read beyond its summary. Reuters (Irrawaddy, 2015-11-18, https://www.irrawaddy.com/news/asia/north-korea-says-laborers-work-abroad-legally-denies-mistreatment.html) gives some 50,000, as do DW and ethnologia. The DPRK (Ri Hung Sik) rejected the claim as slander and would not give a number.',
  'wld-nkdb-2015-12-50k':
    'UPI (2016-09-20) describes the same NKDB December estimate as at least 50,000 people earning up to $300 million.',
  'wld-sedaily-2016-02-50-60k':
    'Publication date inferred from the context (after the Kaesong closure and the 4th nuclear test, Feb 2016). Also says some estimate more than 60,000 including restaurant staff.',
  'wld-nkdb-yoon-2016-03-50-60k':
    'Publication date inferred (the article reports Congress adopting the sanctions bill, i.e. CAATSA, July 2017). The estimate dates from March of the previous year, March 2016.',
  'wld-wapo-2016-09-50k':
    "The high value is the article's doubling of the figure (some estimates).",
  'wld-kinu-2016-110-120k':
    "VOA Korean (https://voakorea.com/a/3963216.html) gives Oh's range as 110,000 to about 123,000. KBS called it twice the intelligence agencies' earlier 58,000.",
  'wld-hrwf-2016-50k':
    'The same article adds, unattributed, another estimate of more than 100,000 North Koreans working abroad.',
  'wld-wtimes-cited-2016-50k':
    'Author not visible in the text read. Adds an estimated 47,000 reported in Russia in 2015.',
  'wld-tillerson-tip2017-50-80k':
    'A transcript repost exists (http://www.government-world.com/press-releases-remarks-at-the-2017-trafficking-in-persons-report-launch-ceremony/), but the text read did not include this line. Hotair and PrimaMedia (Russian) carry the same range. Tillerson also said the regime earns hundreds of millions of dollars a year (no figure).',
  'wld-rok-source-asahi-2017-170k':
    'Highest government-sourced figure found. It mainly covers China and Russia (with others). The same source says 80,000 were to return by end-2017. A Taiwan CNA repost (s8088.com) has the same numbers.',
  'wld-us-2019-2020-nearly-100k':
    'The source says nearly 100,000. Refers to the stock before the repatriations (year approximate). The same US figure appears in Reuters of March 2019 (Seoul Economic Daily, https://m.sedaily.com/NewsView/1VGQN5R76C) and in Chinese (botanwang 2019-03), which gives about 80,000 in China instead of 50,000, a contradiction. Obsnews (2019-12-22) attributes about 100,000 in 29 countries to the US and UN; AP (2019-12) and RFA (2019-07-24) give the State Department estimate as 100,000.',
  'wld-ncnk-2019-up-to-120k-primary':
    "The stored copy breaks off in the middle of the upper figure (120,0…). RFA Korean (2019-07-24) reports the site's maximum as 120,000 (wld-ncnk-2019-up-to-120k-rfa). The site excludes undocumented North Koreans in China. It also gives upper estimates of China 80,000 and Russia 40,000 (Forbes/ILO 2019-07-04).",
  'wld-ncnk-2019-up-to-120k-rfa':
    'The same article says State Department data put North Korean workers abroad worldwide at 100,000.',
  'wld-interim-reports-2019-23k-repatriated':
    "Breakdown (Chosun/AP 2019-12-20): Russia 18,533, Kuwait 904, UAE 823; Qatar about 2,500. About 80% came from Russia (KBS/AP). Russia's interim report: valid work permits fell from 30,023 to 11,490 (2018). China reported that more than half had been repatriated but gave no numbers.",
  'wld-mou-kinu-2019-peak-50-100k':
    "Official ROK government page, citing KINU's 2019 White Paper on North Korean Human Rights. Revenue is given as hundreds of millions of US dollars a year, with no exact figure. It says numbers likely fell sharply after the 2017 resolutions.",
  'wld-tongilnanum-2010s-150k':
    'A source of the South Korean estimates of 100,000-150,000. The author and date could not be seen. Treat with caution.',
  'wld-tongilnanum-postcovid-100k':
    "Given for the period after the pandemic. The abstract also says workers' total 2023 wages were about twice total DPRK exports. The year is approximate.",
  'wld-unpoe-2024-100k':
    "Based on information from a member state. The Panel says most of them work in two countries it does not name (China and Russia, per media). It also reports contracts for about 400,000 more workers (wld-unpoe-2024-400k-contracts). The Panel's last report: Russia vetoed its renewal on 2024-03-28. Same figure in AsiaNews, NK News Pro (as many as 100,000), BNN and SP News (KR). Le Monde (2025) misstates it as over 100,000.",
  'wld-unpoe-2024-it-workers-3k':
    'Counts IT workers separately from the 100,000 general workers. The same article gives about 100,000 in about 40 countries.',
  'chn-tip2023-20-100k-seedcheck':
    'The nearest verifiable TIP range to the unverified State Department range of 20,000-80,000 for 2022 (seed-usdos-2022-20k-80k-abroad). This one is for China only and is 20,000-100,000. The Japanese edition of Dong-A gives the same range. The TIP 2022 text itself could not be read.',
  'wld-rev-nkdb-2015-05-1.2-2.3bn':
    "Noland (PIIE) says the figure may be too high and warns that such figures echo each other. It conflicts with NKDB's Dec 2015 figure of US$200-300m (wld-rev-nkdb-2015-12-200-300m).",
  'wld-rev-unsr-a70362-2015-1.2-2.3bn':
    'The same range is attributed to the US Mission to the UN (Military.com 2018) and to HRWF (Yonhap 2016). KINU (UPI 2016) traces it to documents submitted to the United Nations ($2.3bn; wld-rev-un-docs-kinu-2016-2.3bn).',
  'wld-rev-sedaily-2016-200m': 'Publication date inferred (Feb 2016).',
  'wld-rev-kbs-2016-250m':
    "Publication date inferred: the report follows Seoul's advice to avoid North Korean restaurants abroad (early 2016). The page also gives 58,000 workers in about 50 countries, and only 16 countries in 2013.",
  'wld-rev-un-docs-kinu-2016-2.3bn':
    'The same sentence gives NK Strategy Center (NKSC) US$150m and KPRI US$230m (wld-rev-nksc-2016-150m, wld-rev-kpri-2016-230m).',
  'wld-rev-kpri-2016-230m':
    'The Chosun/Asahi report of Nov 2017 (a ROK government source; http://m.nk.chosun.com/news/articleView.html?idxno=168099) also gives US$230m a year (wld-rev-rok-source-2017-230m).',
  'wld-rev-usmission-2018-1.2-2.3bn':
    'The column adds that other estimates go as high as $3 billion. C4ADS (via UL) cites the same range as some estimates, equal to as much as 93% of 2016 DPRK exports.',
  'wld-rev-us-2019-2020-500m':
    'Japan Times, SCMP and Al-Siasi repeat it. Reuters of March 2019 (Seoul Economic Daily) gives more than US$500m a year.',
  'wld-rev-experts-ap-2019-200-500m':
    "Chosun NK's Korean version (176407) wrongly renders this as US$2-5 million, in millions rather than hundreds of millions of dollars. Do not use that rendering.",
  'wld-rev-unpoe-2024-500m':
    'SP News: this excludes IT workers, who (about 3,000 abroad plus about 1,000 in the DPRK) earn up to US$600m a year on top of it (wld-rev-unpoe-2024-it-600m).',
  'list-usdos2016-ago':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Angola. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-mmr':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Burma. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-khm':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Cambodia. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-chn':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records China. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-cod':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Democratic Republic of Congo. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-eth':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Ethiopia. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-idn':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Indonesia. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-kwt':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Kuwait. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-lao':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Laos. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-pol':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Poland. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-mys':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Malaysia. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-mlt':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Malta. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-mng':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Mongolia. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-moz':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Mozambique. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-nam':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Namibia. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-npl':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Nepal. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-nga':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Nigeria. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-qat':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Qatar. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-rus':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Russia. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-sen':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Senegal. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-sgp':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Singapore. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-tha':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records Thailand. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'list-usdos2016-are':
    "One of the 23 countries in the State Department's 2016 list of countries where North Korean labourers work; this row records United Arab Emirates. Presence only, no count. CBS NoCut News (m.nocutnews.co.kr/news/amp/4647716) reports that the State Department presented the list as information gathered by NGOs, said it was hard to confirm, and was checking it with South Korea. JoongAng Ilbo (joongang.co.kr/article/20525802) summarised the same report as 20 countries and named Vietnam, which is not in Yonhap's list of 23. The count of 23 is recorded as wld-usstate-2016-23-countries.",
  'cn-nkdb-2019-80000':
    'The NKDB brief uses the passive voice and does not say who made the estimate. It is consistent with 60,000 in the three north-east provinces plus workers elsewhere (NKDB surveyed Shanghai, Jiangsu, Zhejiang, Guangdong and other areas).',
  'cn-kdi-2005-2011-average': 'A baseline for the years before 2012; it also covers 2010-2011.',
  'ng-nis-2019-7-deported':
    'Deported on 15 Oct 2019. The seven are probably included in the 10 reported to the UN (ng-un2397-2019-10-deported).',
  'pl-nyt-2017-124-permits-partial':
    "The ministry's nationwide figure for 2017 is 186 (pl-mrpips-2017-186-permits).",
  'mt-ritemix-2016-15-left':
    'These 15 probably overlap with the about 20 whose visa extensions were refused (mt-2016-20-visa-extensions-denied).',
  'ukr-dailynk-occupied-round1':
    'Undated in the text read (after 2022). A second round of about 300 (6 teams of 50) was planned from 1 November; a later Daily NK piece says more were recruited, but the workers had not yet left. Selections, not arrivals.',
  'wld-usadvisory-2018-42-countries':
    'VOA counts the countries in the same advisory as 42 here (July 2018) and as 41 in August 2020 (wld-usadvisory-2018-41-countries); the difference is not explained. A VOA page of May 2020 gives 29 (wld-usadvisory-2018-29-countries).',
  'wld-usadvisory-2018-41-countries':
    'VOA counted the countries in the same advisory as 42 in July 2018 (wld-usadvisory-2018-42-countries) and as 41 here (August 2020); the difference is not explained. A VOA page of May 2020 gives 29 (wld-usadvisory-2018-29-countries).',
  'wld-usadvisory-2018-29-countries':
    'Other VOA pages count the countries in the same advisory as 42 (July 2018; wld-usadvisory-2018-42-countries) and 41 (August 2020; wld-usadvisory-2018-41-countries); the difference is not explained.',
  'eu-breuker-2017-several-thousand':
    'The evidence records neither a number nor a qualifier for this figure; its row id describes it as several thousand, which was not checked against the article.',
  'list-unsr2015-chn':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records China. Presence only, no count.',
  'list-unsr2015-rus':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Russia. Presence only, no count.',
  'list-unsr2015-dza':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Algeria. Presence only, no count.',
  'list-unsr2015-ago':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Angola. Presence only, no count.',
  'list-unsr2015-khm':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Cambodia. Presence only, no count.',
  'list-unsr2015-gnq':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Equatorial Guinea. Presence only, no count.',
  'list-unsr2015-eth':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Ethiopia. Presence only, no count.',
  'list-unsr2015-kwt':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Kuwait. Presence only, no count.',
  'list-unsr2015-lby':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Libya. Presence only, no count.',
  'list-unsr2015-mys':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Malaysia. Presence only, no count.',
  'list-unsr2015-mng':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Mongolia. Presence only, no count.',
  'list-unsr2015-mmr':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Myanmar. Presence only, no count.',
  'list-unsr2015-nga':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Nigeria. Presence only, no count.',
  'list-unsr2015-omn':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Oman. Presence only, no count.',
  'list-unsr2015-pol':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Poland. Presence only, no count.',
  'list-unsr2015-qat':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records Qatar. Presence only, no count.',
  'list-unsr2015-are':
    'One of the 17 countries named by the UN Special Rapporteur in 2015 (report A/70/362 and press conference) as hosting North Korean workers; this row records United Arab Emirates. Presence only, no count.',
  'list-poe2017mop-nam':
    'One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Namibia. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page.',
  'list-poe2017mop-bwa':
    'One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Botswana. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page.',
  'list-poe2017mop-ago':
    'One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Angola. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page.',
  'list-poe2017mop-zwe':
    'One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Zimbabwe. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page.',
  'list-poe2017mop-sen':
    'One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Senegal. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page.',
  'list-poe2017mop-ben':
    "One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Benin. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page. For this country the naming comes from the WorldTribune/CNN summary, not from Griffiths' own words.",
  'list-poe2017mop-tcd':
    "One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Chad. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page. For this country the naming comes from the WorldTribune/CNN summary, not from Griffiths' own words.",
  'list-poe2017mop-cod':
    "One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records DR Congo. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page. For this country the naming comes from the WorldTribune/CNN summary, not from Griffiths' own words.",
  'list-poe2017mop-gnq':
    "One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Equatorial Guinea. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page. For this country the naming comes from the WorldTribune/CNN summary, not from Griffiths' own words.",
  'list-poe2017mop-eth':
    "One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Ethiopia. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page. For this country the naming comes from the WorldTribune/CNN summary, not from Griffiths' own words.",
  'list-poe2017mop-tgo':
    "One of the African countries named by the UN Panel of Experts coordinator (to CNN) as hosting construction operations of the sanctioned Mansudae Overseas Projects group, which uses dispatched DPRK workers; this row records Togo. No worker count, and the period is vague (the activity is described only as recent). The count of at least 14 African states is af-poe-2017-14-states, from the same page. For this country the naming comes from the WorldTribune/CNN summary, not from Griffiths' own words.",
};

/** Area notes that quoted a source, in our own words. */
export const areaNoteRewrites: Readonly<Record<string, string>> = {
  'it-sankei-2024-3000-10000': 'IT technicians in China, Russia and elsewhere abroad',
  'it-usadvisory-2022-thousands': 'mainly China and Russia; fewer in Africa and South-East Asia',
  'qa-chosun-2009-800-ambiguous': 'UAE and Qatar named together (ambiguous wording)',
  'ukr-dailynk-dnr-lnr': 'Russian-occupied Donetsk and Luhansk (DNR and LNR)',
  'wld-unpoe-2024-100k':
    'about 40 countries; most in two countries the Panel does not name (China and Russia, per media)',
};

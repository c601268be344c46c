// Rebuilds the out-of-tree page corpus (/work/corpus/pages, or $SEGUE_CORPUS/pages) from the fetched mirrors of
// public repositories (/work/.mirror/<owner+name>/repo). Real pages are never committed to this repository: only
// this script, PROVENANCE.md and baseline.json are. Expected-field labels (<id>.expected.json) are written by hand
// next to the pages and are never overwritten here.
//
//   npx tsx tests/corpus/pages/collect.ts
//
// Each page is kept as saved, minus what extraction never reads: the bodies of non-JSON <script>s, <style>s and
// inline <svg> drawings (LinkedIn and X pages shrink from 300-500 KB to a fraction). Private individuals' e-mail
// addresses and phone numbers are replaced consistently with reserved example values (example.com, +1 202-555-01xx).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MIRRORS = process.env.SEGUE_MIRRORS ?? '/work/.mirror';
const OUT = join(process.env.SEGUE_CORPUS ?? '/work/corpus', 'pages');

interface Item {
  id: string;
  /** The site family the accuracy test reports by. */
  source: 'linkedin' | 'x' | 'github' | 'gmail' | 'outlook' | 'about-page' | 'team-page' | 'other-profile';
  repo: string;
  commit: string;
  path: string;
  /** The address the page was saved from (what --url gets). */
  url: string;
  /**
   * 'ts-template': the page is a TypeScript file exporting one template literal; 'scala-margin': a Scala file holding
   * the page as one triple-quoted string whose lines start with `|` (stripMargin); 'apex-plsql': an Oracle APEX page
   * export whose region source is markup written as SQL string literals (wwv_flow_t_varchar2); 'python-triple': a
   * Python file holding markup (copied by its author from the browser's inspector) in one triple-quoted variable.
   */
  kind?: 'ts-template' | 'scala-margin' | 'apex-plsql' | 'python-triple';
  /** 'python-triple': the variable whose triple-quoted string is the page. */
  variable?: string;
  /** Also replace phone numbers written without +country code (in tel: links and in text), e.g. "(717) 555-1234". */
  nationalPhones?: boolean;
  /**
   * Literal replacements for private details the patterns above do not catch: addresses written to dodge harvesters
   * ("name AT host"), home street addresses beside a name, numbers such as "+43(1)40400-74920".
   */
  redact?: Array<[string, string]>;
}

const METASCRAPER = { repo: 'microlinkhq/metascraper', commit: '20423f52ef9b4a07d3b25e56e34d2756b3291250' };
const SCOUTR = { repo: 'elalienx/scoutr', commit: 'fb17005fe59c272bb43b37f9fd1e80d9dd1f665b', kind: 'ts-template' as const };
const EXTRUCT = { repo: 'scrapinghub/extruct', commit: 'a31daaadb82ec684b7d468d3b15734b8ae3b7265' };
const GORGONEYE = { repo: 'yelethefirst/gorgoneye', commit: '1aba8a18a8c98105d02b151803b650724e422e13' };
const INBOXSDK = { repo: 'InboxSDK/InboxSDK', commit: 'a8a6fe2c9e69b0e70dbdc5c03fea517644e9e3e9' };
const PIUCCIO = { repo: 'piuccio/html-to-json-data', commit: 'f6a58f60b213eeb05f5459b6e8e08093e23d8834' };
const GITSUCKER = { repo: 'adarsh/gitsucker', commit: '88570dd5591ab546ff01f9210febe044819a97e1' };
const RESUME_EXPORTER = { repo: 'programmercv/resume_exporter', commit: 'a793a0ac9334e2508ec11867eaa1281f0eef3b46' };
const POSTLIGHT = { repo: 'postlight/parser', commit: 'c0364ec52b811f6ea95646f23a9310be62ed0404' };
const RECRUITER_STAR = { repo: 'LLCampos/recruiter-star', commit: '11bb951a083b5c8326e85e6a943a64ee563cfac9', kind: 'scala-margin' as const };
/** Company, club and lab websites whose repository holds the rendered team page (third round, 2026). */
const site = (repo: string, commit: string) => ({ repo, commit });
const SCOUTR_DIR = 'backend/src/extract-profile/transform/test-data';
const MX = 'packages/metascraper-x/test/fixtures';

export const ITEMS: Item[] = [
  { id: 'linkedin-public-profile-1', source: 'linkedin', ...SCOUTR, path: `${SCOUTR_DIR}/profile1.ts`, url: 'https://se.linkedin.com/in/eduardo-alvarez-nowak' },
  { id: 'linkedin-public-profile-2', source: 'linkedin', ...SCOUTR, path: `${SCOUTR_DIR}/profile2.ts`, url: 'https://se.linkedin.com/in/sri-lalitha-jeevanige-35520a61' },
  { id: 'linkedin-public-profile-3', source: 'linkedin', ...SCOUTR, path: `${SCOUTR_DIR}/profile3.ts`, url: 'https://se.linkedin.com/in/abgargulo' },
  { id: 'linkedin-private-profile', source: 'linkedin', ...SCOUTR, path: `${SCOUTR_DIR}/profilePrivate.ts`, url: 'https://www.linkedin.com/in/private-profile' },
  { id: 'linkedin-authwall-1', source: 'linkedin', ...SCOUTR, path: `${SCOUTR_DIR}/bannedPage.ts`, url: 'https://www.linkedin.com/in/banned-1' },
  { id: 'linkedin-authwall-2', source: 'linkedin', ...SCOUTR, path: `${SCOUTR_DIR}/bannedPage2.ts`, url: 'https://www.linkedin.com/in/banned-2' },
  { id: 'linkedin-company', source: 'linkedin', ...METASCRAPER, path: 'packages/metascraper/test/integration/linkedin-company/input.html', url: 'https://uk.linkedin.com/company/audiense' },
  { id: 'linkedin-pulse-article', source: 'linkedin', ...METASCRAPER, path: 'packages/metascraper/test/integration/linkedin-pulse/input.html', url: 'https://www.linkedin.com/pulse/how-can-ai-change-financial-services-consolidation-finai-ramya-joseph' },
  { id: 'x-profile-rendered-1', source: 'x', ...METASCRAPER, path: `${MX}/profile.html`, url: 'https://x.com/Kikobeats' },
  { id: 'x-profile-meta-1', source: 'x', ...METASCRAPER, path: `${MX}/profile-og.html`, url: 'https://x.com/Kikobeats' },
  { id: 'x-profile-rendered-2', source: 'x', ...METASCRAPER, path: `${MX}/profile-video.html`, url: 'https://x.com/javilop' },
  { id: 'x-profile-meta-2', source: 'x', ...METASCRAPER, path: `${MX}/profile-video-og.html`, url: 'https://twitter.com/javilop' },
  { id: 'x-post-rendered', source: 'x', ...METASCRAPER, path: `${MX}/post.html`, url: 'https://twitter.com/realDonaldTrump/status/1222907250383245320' },
  { id: 'x-post-meta', source: 'x', ...METASCRAPER, path: `${MX}/post-og.html`, url: 'https://twitter.com/realDonaldTrump/status/1222907250383245320' },
  { id: 'github-repository', source: 'github', ...METASCRAPER, path: 'packages/metascraper/test/integration/github/input.html', url: 'https://github.com/microlinkhq/mql' },
  { id: 'bluesky-profile', source: 'other-profile', ...METASCRAPER, path: 'packages/metascraper-bluesky/test/fixtures/profile.html', url: 'https://bsky.app/profile/stephenking.bsky.social' },
  { id: 'bluesky-post', source: 'other-profile', ...METASCRAPER, path: 'packages/metascraper-bluesky/test/fixtures/post.html', url: 'https://bsky.app/profile/stephenking.bsky.social/post/3mddvy5bv6k27' },
  { id: 'dribbble-studio', source: 'other-profile', ...METASCRAPER, path: 'packages/metascraper-dribbble/test/fixtures/profile.html', url: 'https://dribbble.com/phenomenonstudio' },
  { id: 'tiktok-profile', source: 'other-profile', ...METASCRAPER, path: 'packages/metascraper-tiktok/test/fixtures/profile.html', url: 'https://www.tiktok.com/@illojuan' },
  { id: 'instagram-profile', source: 'other-profile', ...METASCRAPER, path: 'packages/metascraper-instagram/test/fixtures/profile.html', url: 'https://www.instagram.com/pluto__travel/' },
  { id: 'telegram-channel', source: 'other-profile', ...METASCRAPER, path: 'packages/metascraper-telegram/test/fixtures/channel.html', url: 'https://t.me/unlimitedhangout' },
  { id: 'about-portfolio', source: 'about-page', ...EXTRUCT, path: 'tests/samples/misc/Portfolio_Niels_Lubberman.html', url: 'https://www.nielslubberman.nl/' },
  { id: 'about-microformats', source: 'about-page', ...EXTRUCT, path: 'tests/samples/misc/microformat_test.html', url: 'https://blog.example.org/about' },
  { id: 'about-microdata-person', source: 'about-page', ...EXTRUCT, path: 'tests/samples/w3c/microdata.7.1.html', url: 'https://www.example.org/people/1' },
  { id: 'about-creativework-author', source: 'about-page', ...EXTRUCT, path: 'tests/samples/schema.org/CreativeWork.001.html', url: 'https://www.example.org/work/1' },
  { id: 'gmail-message-fixture', source: 'gmail', ...GORGONEYE, path: 'tests/fixtures/gmail-message.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmVXb' },
  { id: 'outlook-message-fixture', source: 'outlook', ...GORGONEYE, path: 'tests/fixtures/outlook-message.html', url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2' },
  { id: 'gmail-inbox-list', source: 'gmail', ...INBOXSDK, path: '__tests__/injected-thread-identifier.html', url: 'https://mail.google.com/mail/u/0/#inbox' },
  { id: 'gmail-addon-sidebar-2017', source: 'gmail', ...INBOXSDK, path: 'test/data/gmail-2017-09-08-gmail-addon-sidebar.html', url: 'https://mail.google.com/mail/u/0/#inbox/15e5b8d2c1a3f0e4' },
  { id: 'github-user-2019', source: 'github', ...PIUCCIO, path: 'samples/github-piuccio-repositories.html', url: 'https://github.com/piuccio?tab=repositories' },
  { id: 'github-repository-files-2019', source: 'github', ...PIUCCIO, path: 'samples/github-cowsay-files.html', url: 'https://github.com/piuccio/cowsay' },
  { id: 'about-personal-site', source: 'about-page', ...METASCRAPER, path: 'packages/metascraper-readability/test/fixtures/kikobeats.com.html', url: 'https://kikobeats.com/' },
  { id: 'medium-article', source: 'other-profile', ...METASCRAPER, path: 'packages/metascraper/test/integration/medium/input.html', url: 'https://medium.com/webpack/webpack-3-official-release-15fd2dd8f07b' },
  { id: 'github-user-2012', source: 'github', ...GITSUCKER, path: 'spec/fixtures/github_profile.html', url: 'https://github.com/adarshpandit' },
  { id: 'linkedin-public-profile-2017', source: 'linkedin', ...RESUME_EXPORTER, path: 'spec/fixtures/linkedin.html', url: 'https://www.linkedin.com/in/john-doe-0a1b2c3' },
  { id: 'xing-profile-2017', source: 'other-profile', ...RESUME_EXPORTER, path: 'spec/fixtures/xing.html', url: 'https://www.xing.com/profile/John_Doe' },
  { id: 'stackoverflow-story-2017', source: 'other-profile', ...RESUME_EXPORTER, path: 'spec/fixtures/stackoverflow.html', url: 'https://stackoverflow.com/users/story/1234567' },
  { id: 'telegram-post', source: 'other-profile', ...METASCRAPER, path: 'packages/metascraper-telegram/test/fixtures/post-link-image.html', url: 'https://t.me/teslahunt/1' },
  // Third round: company team and about pages of several layouts and languages, a signed-in LinkedIn page, and older
  // LinkedIn, X and GitHub layouts. heldOut is set in the labels (every third item in this list).
  { id: 'team-law-firm-ko', source: 'team-page', ...site('00jun0219/chungha-law', 'a729be1c78321d9e392e20c63b227f0d856cbdfa'), path: 'team.html', url: 'https://chung-ha-law.com/team.html' },
  { id: 'about-law-firm-ko', source: 'about-page', ...site('00jun0219/chungha-law', 'a729be1c78321d9e392e20c63b227f0d856cbdfa'), path: 'about.html', url: 'https://chung-ha-law.com/about.html' },
  { id: 'team-student-society-in', source: 'team-page', ...site('09sachin/samudramanthan-static', 'd1b1463494c7ae64f9c84f60d4bc7e1186e63c76'), path: 'team.html', url: 'https://www.samudramanthan.in/team.html' },
  { id: 'team-bi-consultancy-es', source: 'team-page', ...site('062398/data-lab.github.io', '8f6881b22aa3bcf69e4d5c845e843ae1fc81475d'), path: 'team.html', url: 'https://062398.github.io/data-lab.github.io/team.html' },
  { id: 'team-interior-studio-ru', source: 'team-page', ...site('0603anton/imprdesign42', 'c1b76550b350a56f0ee031e87099247bf4241ad8'), path: 'team.html', url: 'https://0603anton.github.io/imprdesign42/team.html' },
  { id: 'team-research-group-be', source: 'team-page', ...site('ADMAntwerp/ADMAntwerp.github.io', '15d80eaaf953fa07702a4225eada0b18deb3e56b'), path: 'people.html', url: 'https://admantwerp.github.io/people.html' },
  { id: 'team-pr-firm-us', source: 'team-page', ...site('50wordsmarketing/50wordswebsite', 'f749219e0b67d4e54d85daa7172c38d089e7d5eb'), path: 'people.html', url: 'https://50wordsmarketing.github.io/50wordswebsite/people.html' },
  { id: 'team-ca-firm-in', source: 'team-page', ...site('11praveen11/ca-mahesh', '8bb571e47bc24c6c3fa14c5b0193e668a0d61d3d'), path: 'our-team.html', url: 'https://11praveen11.github.io/ca-mahesh/our-team.html' },
  { id: 'team-engineering-firm-us', source: 'team-page', ...site('Alliantcompanyllc/alliantgroup', '4c6a5a65655d19b0d1c196c583159b18fa1f09e9'), path: 'our-team.html', url: 'https://alliantcompanyllc.github.io/alliantgroup/our-team.html' },
  { id: 'team-logistics-template', source: 'team-page', ...site('00tatheer00/SmileOn-Dubai', 'f926c7342f01abdaadf9998eef872f8a78217dba'), path: 'team.html', url: 'https://00tatheer00.github.io/SmileOn-Dubai/team.html' },
  { id: 'team-institute-template', source: 'team-page', ...site('00ramesh/curiosity-institute', '7991c18ef2c4845dfab8c06ff3e6c68c1fc43afa'), path: 'team.html', url: 'https://00ramesh.github.io/curiosity-institute/team.html' },
  { id: 'team-frc-template', source: 'team-page', ...site('ACS-Phoenix/website', '43e46301034768930e72b4c5e39d863f497f187b'), path: 'our-team.html', url: 'https://acs-phoenix.github.io/website/our-team.html' },
  { id: 'team-robotics-club-in', source: 'team-page', ...site('AerialRobotics-IITK/ariitk', '0e164745ccec0f67e14e4ebf66bf9c289fed3600'), path: 'our-team.html', url: 'https://aerialrobotics-iitk.github.io/ariitk/our-team.html' },
  { id: 'team-lab-de', source: 'team-page', ...site('1983gulei-epiAI/gu-laboratory-website', '33fcb30150d428847d3faeaadd31667c1d0a8c8e'), path: 'people.html', url: 'https://1983gulei-epiai.github.io/gu-laboratory-website/people.html' },
  { id: 'team-lab-kr', source: 'team-page', ...site('2hkchoi/quantum-device-lab', 'f81f6734d1dbb29c89f4b2639ad07989d8718f7d'), path: 'people.html', url: 'https://2hkchoi.github.io/quantum-device-lab/people.html' },
  { id: 'team-lab-us', source: 'team-page', ...site('ACE-UH/ACE-UH.github.io', 'fe3ef6a2a2bea8a4dc955ac0d68c61b0b1c0ecc6'), path: 'people.html', url: 'https://ace-uh.github.io/people.html' },
  { id: 'team-recruitment-in', source: 'team-page', ...site('AarohanResearchLab/ekatra', '08fc12a3e7baae818b50277dcc366f136490b4c9'), path: 'our-team.html', url: 'https://aarohanresearchlab.github.io/ekatra/our-team.html' },
  { id: 'linkedin-recruiter-profile-2021', source: 'linkedin', ...RECRUITER_STAR, path: 'src/test/scala/test_data/linkedin_premium/full_profile/ExampleBasic.scala', url: 'https://www.linkedin.com/talent/profile/AEMAAAexample' },
  { id: 'linkedin-pulse-2016', source: 'linkedin', ...POSTLIGHT, commit: 'bb52de5597e7a6d85f3bd3fb97593dc78e26a907', path: 'fixtures/www.linkedin.com/1480368940900.html', url: 'https://www.linkedin.com/pulse/using-dogs-overcome-shyness-bruce-kasanoff' },
  { id: 'linkedin-pulse-2017', source: 'linkedin', ...POSTLIGHT, path: 'fixtures/www.linkedin.com.html', url: 'https://www.linkedin.com/pulse/what-set-your-soul-fire-2017-ellyn-shook' },
  { id: 'twitter-status-2016', source: 'x', ...POSTLIGHT, path: 'fixtures/twitter.com.html', url: 'https://twitter.com/KingBeyonceStan/status/745276948213968896' },
  { id: 'x-profile-twitter-2023', source: 'x', ...METASCRAPER, commit: '34bafa00fd4af912b81a85ec3aec0411e1de74e9', path: 'packages/metascraper-twitter/test/fixtures/profile-video.html', url: 'https://twitter.com/k4rliky' },
  { id: 'github-repository-2019', source: 'github', ...POSTLIGHT, path: 'fixtures/github.com.html', url: 'https://github.com/steventroughtonsmith/marzipanify' },
  // Added after this round's fixes and labelled before any code ran on them: a blind check of those fixes.
  { id: 'team-radiology-lab-us', source: 'team-page', ...site('3DQI-Lab/3dqi_website', 'caaaa4d841ed7a7d9029970f5a70b13ef2322f87'), path: 'people.html', url: 'https://3dqi-lab.github.io/3dqi_website/people.html' },
  { id: 'team-travel-template', source: 'team-page', ...site('Adobe-Marketing-Cloud-Activation/WeRetailSite', '5fe7236d2d2325f4c4af4d2454241981b3f1e746'), path: 'our-team.html', url: 'https://adobe-marketing-cloud-activation.github.io/WeRetailSite/our-team.html' },
  { id: 'team-control-lab-cn', source: 'team-page', ...site('ADC-Laboratory/ADC-Laboratory.github.io', '4a00e746ee02bfcd7926a7a5685bec5c1ce09a8b'), path: 'people.html', url: 'https://adc-laboratory.github.io/people.html' },
  { id: 'team-open-learning', source: 'team-page', ...site('1l2p/reclaimopen', '592bbe58e8fbc646c753dbb6b635be9dd0c00bf8'), path: 'people.html', url: 'https://1l2p.github.io/reclaimopen/people.html' },
  { id: 'team-software-company-in', source: 'team-page', ...site('1414mishal/semnox-revamp', '3e951fb518ebce01a977b21c88ed0cb88deb141d'), path: 'our-team.html', url: 'https://1414mishal.github.io/semnox-revamp/our-team.html' },
  { id: 'team-research-project-eu', source: 'team-page', ...site('0x00VOID0x/journalisminchange', 'd5e72b8fabfc3152d3d9f9cfe5383c97593469c4'), path: 'our-team.html', url: 'https://0x00void0x.github.io/journalisminchange/our-team.html' },
  { id: 'team-hci-lab-tw', source: 'team-page', ...site('110306041/hailab', '888c998bb74b540fdcba2a63d0507a87ebffff58'), path: 'people.html', url: 'https://110306041.github.io/hailab/people.html' },
  { id: 'team-seo-agency', source: 'team-page', ...site('AdeebTechLab/Marketing-With-Fahad-Website', 'ded4dfd030d660d121d0205e971a0eb4c9e50b38'), path: 'our-team.html', url: 'https://adeebtechlab.github.io/Marketing-With-Fahad-Website/our-team.html' },
  { id: 'team-mun-empty', source: 'team-page', ...site('AMLMUN/anavrytaprogrammerunion.github.io', 'a5854cb6534d77dd823b61b46261f9c9946babdb'), path: 'our-team.html', url: 'https://amlmun.github.io/anavrytaprogrammerunion.github.io/our-team.html' },
  // Fourth round (issue 9, real-world capture): a web-mail message view and LinkedIn's contact-info overlay, copied by
  // their authors from the live sites into their own code (the only real markup of these kinds found; see PROVENANCE.md).
  { id: 'linkedin-contact-info-2023', source: 'linkedin', repo: 'jpromocion/apex-j-recetario', commit: '0f498cdf9e3d3a571eb490054957a557f6695a90', path: 'f125/application/pages/page_10020.sql', kind: 'apex-plsql', url: 'https://www.linkedin.com/in/josejgalvez/overlay/contact-info/' },
  { id: 'gmail-message-2025-en', source: 'gmail', repo: 'tashifkhan/JIIT-placement-alerts', commit: '59cb11b37ce547accb60d3f8e0ebf816af0fe8e7', path: 'app/placement_stats.py', kind: 'python-triple', variable: 'input_email_body', url: 'https://mail.google.com/mail/u/0/#inbox/198c6747aabb71a9' },
  // Fourth round, batch A (blind first, then developed on; heldOut in the labels for every third item). Company,
  // club and lab team pages of other origins: Hugo/Jekyll builds, WordPress static exports, Bootstrap templates.
  { id: 'team-accounting-template', source: 'team-page', ...site('8gears/8gears.com', '8dd30a24e0971bf08250154b689d9094f64deb75'), path: 'team/index.html', url: 'https://8gears.com/team/' },
  { id: 'about-it-agency-ch', source: 'team-page', ...site('AmplifyrGmbH/amplifyr-website', '015c0f67faf81c3dfa53447318b2d970b543ef63'), path: 'ueber-uns.html', url: 'https://www.amplifyr.ch/ueber-uns.html', nationalPhones: true },
  { id: 'team-software-startup-us', source: 'team-page', ...site('708innovations/708innovations.com', '74a2e758b786f6432feca9bb0ba6a1b1c86ba350'), path: 'team/index.html', url: 'https://708innovations.com/team/' },
  { id: 'team-ngo-bg', source: 'team-page', ...site('ABLEBulgaria/councilleaders-org-static', 'ab35f549fc19ab177c2aaa3b7dfea92fd33e8445'), path: 'team/index.html', url: 'https://councilleaders.org/team/' },
  { id: 'team-realtors-us', source: 'team-page', ...site('122wildcat-bot/adamdruckgroup-website', '770adbd6e8ae748498240649eee439e859ae95c2'), path: 'team/index.html', url: 'https://adamdruckgroup.com/team/', nationalPhones: true },
  { id: 'team-saas-founders-us', source: 'team-page', ...site('7thsense/seventhsense', '127254fd460308effd9408ab2bcec4dad4bc768e'), path: 'app/team/index.html', url: 'https://www.theseventhsense.com/team/' },
  { id: 'team-conference-board-ca', source: 'team-page', ...site('9ideas/website', 'a6b4c6a6235deed6744be35144706c7183180710'), path: 'team/index.html', url: 'https://nsec.io/team/' },
  { id: 'team-law-firm-pe', source: 'team-page', ...site('Alvaro-Mundaca/Firma-Legal', 'c2c457e2b30eb2a5f0f94f37b858d8ce0aca22b3'), path: 'equipo.html', url: 'https://alvaro-mundaca.github.io/Firma-Legal/equipo.html', nationalPhones: true },
  { id: 'team-ai-startup-carousel', source: 'team-page', ...site('0lympusTechnologies/0lympusTechnologies.github.io', '106cd8d2d11c99513d079512349c9c612334b174'), path: 'HTML/team.html', url: 'https://0lympustechnologies.github.io/HTML/team.html' },
  { id: 'team-student-chapter-in', source: 'team-page', ...site('ACM-IIIT-Delhi/ACM-IIIT-Delhi.github.io', '6ac63f86b938a88baed05a5da5cacef586c40249'), path: 'members.html', url: 'https://acm-iiit-delhi.github.io/members.html' },
  { id: 'team-biotech-llp-in', source: 'team-page', ...site('AiSenseLLP/AiSense-WebSite', '3dac86922bce3c3512a40d2fe422deead2a403cb'), path: 'frontend/our-team.html', url: 'https://aisense.co.in/our-team.html', nationalPhones: true },
  { id: 'team-research-centre-br', source: 'team-page', ...site('Ac3Dias/CPqCTR-Website', '8fccfa75f096854af19a64982a92ed21fd61935b'), path: 'equipe.html', url: 'https://ac3dias.github.io/CPqCTR-Website/equipe.html' },
  { id: 'team-dental-clinic-es', source: 'team-page', ...site('AllerSec/oiasso-clinicadental', '1e068a1dd1f461e71d4b62052a3a2b12d80a5d17'), path: 'equipo.html', url: 'https://oiassoclinicadental.com/equipo.html', nationalPhones: true },
  { id: 'team-real-estate-za', source: 'team-page', ...site('4thground/4thground.com', 'a1620008955aef89a243a4fc101b6907f1838eaa'), path: 'team/index.html', url: 'https://4thground.com/team/' },
  { id: 'team-app-studio-ad', source: 'team-page', ...site('2stable/2stable.com', '354cd31cbff256ccf7176275d3edd9ce24022c95'), path: 'team/index.html', url: 'https://2stable.com/team/' },
  { id: 'team-blockchain-ch', source: 'team-page', ...site('01builders/binary.builders', 'aaf335b8bc8c38379c3fe53b9ea8f95fb7f5c1a4'), path: 'team/index.html', url: 'https://binary.builders/team/' },
  { id: 'team-robotics-lab-us', source: 'team-page', ...site('AARC-lab/AARC-lab.github.io', 'a95c2d97193f2f4356bea80763cec243971a94a1'), path: 'team/index.html', url: 'https://aarc-lab.github.io/team/' },
  { id: 'team-mobile-lab-cn', source: 'team-page', ...site('1020196987/mobisyswebsite', 'cadc0b37c001e93d5315cd25db04d2a892badd3a'), path: 'people/index.html', url: 'https://mobisys.cc/people/' },
  // Fourth round, batch B: fetched and labelled only after batch A's fixes, measured once, all held out.
  { id: 'team-biotech-leadership-us', source: 'team-page', ...site('7bio/home', 'f8890fe3889a6c96d519d9b1a17cf1fcd199b9b8'), path: 'team/index.html', url: 'https://www.7biosciences.com/team/' },
  { id: 'team-robotics-startup-fr', source: 'team-page', ...site('1ms-ai/1ms-ai.github.io', '59a62768075616149e8ffd002719b06d45b903ac'), path: 'team/index.html', url: 'https://1ms.ai/team/' },
  { id: 'team-auto-garage-cm', source: 'team-page', ...site('4KAUTO/4K-AUTO-CONSULTING', '4191c9e4a5f0fc19adc5111a37f31a6e72fb8f28'), path: 'equipe.html', url: 'https://4kauto.github.io/4K-AUTO-CONSULTING/equipe.html', nationalPhones: true },
  { id: 'team-city-council-es', source: 'team-page', ...site('AhoraMadrid/ahoramadrid.org', 'c5c38d5e35e9c5d8e41cca7d33fbc3b862be5fa4'), path: 'equipo.html', url: 'https://ahoramadrid.org/equipo.html' },
  { id: 'team-agency-template-ar', source: 'team-page', ...site('17sTomy/terracompany', '4cecf3c30b4599e00a37453f8dd1b7502b594184'), path: 'equipo.html', url: 'https://17stomy.github.io/terracompany/equipo.html' },
  { id: 'team-research-center-us', source: 'team-page', ...site('3187871253/psu-ccbb.github.io', '76b3ea5afd9e72b067f5fd7940f6e7c109d2c3d2'), path: 'people/index.html', url: 'https://psu-ccbb.github.io/people/' },
  { id: 'team-lab-template-empty', source: 'team-page', ...site('18222129721w-collab/policylab.github.io', '6f0f678445a60f979ef43eec9eddff7717554e29'), path: 'people/index.html', url: 'https://18222129721w-collab.github.io/policylab.github.io/people/' },
  { id: 'team-game-studio-cl', source: 'team-page', ...site('6w277jggfy-maker/chileversa-studio', '3d545e6244663a3b120fa33c45aa3392671f2b13'), path: 'equipo.html', url: 'https://chileversa.github.io/equipo.html' },
  { id: 'about-alumni-association-ch', source: 'about-page', ...site('ALEPE-CH/Alepe', '06d2a577ac608b7bdc43fd0654f30b63947444f9'), path: 'ueber-uns.html', url: 'https://alepe.ch/ueber-uns.html' },
  // Fifth round (issue 9, sites): LinkedIn company pages signed in (two 2018 layouts, saved by a scraper's author for
  // its tests), a 2022 twitter.com profile and two 2017 twitter.com status pages (the person is the author).
  { id: 'linkedin-company-2018-05', source: 'linkedin', repo: 'austinoboyle/scrape-linkedin-selenium', commit: '1145f201d4a8663b7d6212b28055fe9193a8d3b4', path: 'test/html_files/facebook_overview.html', url: 'https://www.linkedin.com/company/facebook/' },
  { id: 'linkedin-company-2018-12', source: 'linkedin', repo: 'austinoboyle/scrape-linkedin-selenium', commit: 'b96539f85366e4d35edba762b6dfd7745c83e796', path: 'test/html_files/facebook_overview.html', url: 'https://www.linkedin.com/company/facebook/' },
  { id: 'x-profile-twitter-2022', source: 'x', ...METASCRAPER, commit: '9179486e4e2ccaf405e1c655e4786bdbdeaa291e', path: 'packages/metascraper-twitter/test/fixtures/profile.html', url: 'https://twitter.com/Kikobeats' },
  { id: 'x-status-twitter-2017-1', source: 'x', ...METASCRAPER, commit: '1bf8ee668c542aa9f62d440d7d87cd33dd27ac36', path: 'packages/metascraper/test/integration/twitter-gif/input.html', url: 'https://twitter.com/Kikobeats/status/880139124791029763' },
  { id: 'x-status-twitter-2017-2', source: 'x', ...METASCRAPER, commit: '1bf8ee668c542aa9f62d440d7d87cd33dd27ac36', path: 'packages/metascraper/test/integration/twitter-image/input.html', url: 'https://twitter.com/k4rliky/status/934482867480121345' },
  // Signed-in LinkedIn profiles from the same scraper's tests: 2018 (pv-top-card-section, contact info open) and 2022.
  { id: 'linkedin-profile-2018-own', source: 'linkedin', repo: 'austinoboyle/scrape-linkedin-selenium', commit: 'b96539f85366e4d35edba762b6dfd7745c83e796', path: 'test/html_files/profile.html', url: 'https://www.linkedin.com/in/austinoboyle/' },
  { id: 'linkedin-profile-2018-connection', source: 'linkedin', repo: 'austinoboyle/scrape-linkedin-selenium', commit: '0e00129bc2774c17b5ce2fa6ad3334554086784c', path: 'test/html_files/otherProfile.html', url: 'https://www.linkedin.com/in/seancahalan/' },
  { id: 'linkedin-profile-2022', source: 'linkedin', repo: 'austinoboyle/scrape-linkedin-selenium', commit: '39aae16379d4beb9a80ddc82c78bcbefe8b82069', path: 'test/mar_2022/kireet.html', url: 'https://www.linkedin.com/in/kireetagrawal/' },
  // Fifth round (issue 9), batch C: labelled before any code ran on them; blind first, then developed on, every third
  // item held out. Company, association and lab pages in Dutch, German, Italian, French, Spanish and Chinese.
  { id: 'team-ai-startup-nl', source: 'team-page', ...site('Blagues/sentiom-website', 'dec25011264f9a86258932133601161a6c34ea9e'), path: 'over-ons.html', url: 'https://sentiom.nl/over-ons.html' },
  { id: 'team-joinery-de', source: 'team-page', ...site('SATIS-FACTORYGmbH/satis-factory-website', '51bafb23cfa8ec4719dee42381c609013860932e'), path: 'unser-team.html', url: 'https://www.satis-factory.de/unser-team.html' },
  { id: 'team-dev-consultancy-es', source: 'team-page', ...site('1uptalent/1uptalent.github.io', 'a180e4916dea0cb6b03597c161b39673bc424092'), path: 'team/index.html', url: 'https://1uptalent.com/team/' },
  { id: 'team-open-infrastructure-us', source: 'team-page', ...site('2i2c-org/2i2c-org.github.io', 'a32e2ed3db713a2e39f625cbc58497ee3977fb23'), path: 'team/index.html', url: 'https://2i2c.org/team/' },
  { id: 'team-transit-association-it', source: 'team-page', ...site('ATSOM-Milano/ATSOM', '952bb2513855231ea50bd792e03e11b6681c58c4'), path: 'chi-siamo.html', url: 'https://atsom.org/chi-siamo.html' },
  { id: 'team-consultancy-nl', source: 'team-page', ...site('AdrianusAntonie/humeo-website', 'd4fb726833bc0de303352ed29a83ce3128a577d4'), path: 'over-ons.html', url: 'https://humeo.nl/over-ons.html' },
  { id: 'team-ai-training-fr', source: 'team-page', ...site('HelloElo-Fr/ai-x-leaders', '0e70ec0c6f781a049763230ba1b0dae5a8cdbe2e'), path: 'qui-sommes-nous.html', url: 'https://helloelo-fr.github.io/ai-x-leaders/qui-sommes-nous.html' },
  { id: 'team-care-association-es', source: 'team-page', ...site('Afeaes/afeaes.github.io', '6f62873301f56fa5ccc254e9be6f41d10da545e1'), path: 'equipo-humano.html', url: 'https://afeaes.github.io/equipo-humano.html', nationalPhones: true },
  { id: 'board-care-association-es', source: 'team-page', ...site('Afeaes/afeaes.github.io', '6f62873301f56fa5ccc254e9be6f41d10da545e1'), path: 'junta-directiva.html', url: 'https://afeaes.github.io/junta-directiva.html', nationalPhones: true },
  { id: 'team-bioinformatics-cosi', source: 'team-page', ...site('3DSIG-COSI/new-website', '9f18fb683b7bf3623cf2764910c61b8c99283ca5'), path: 'team/index.html', url: 'https://3dsig-cosi.github.io/new-website/team/' },
  { id: 'team-accountancy-it', source: 'team-page', ...site('Bleiz82/mc-consulenze', '0623f9fc415d4b3aa2da5b0132665cfda5b2d582'), path: 'chi-siamo.html', url: 'https://bleiz82.github.io/mc-consulenze/chi-siamo.html', nationalPhones: true },
  { id: 'leadership-consultancy-in', source: 'team-page', ...site('7th-Pillar-Infotech/zamorin-works', 'c37acf047823d400ca307558fcacfdb7856c0b45'), path: 'leadership.html', url: 'https://7th-pillar-infotech.github.io/zamorin-works/leadership.html' },
  { id: 'leadership-food-tech-us', source: 'team-page', ...site('AidenHiggins90/grubmarket-redesign', 'b7d645f3c58e36be492696684d044f931bfd6f82'), path: 'leadership.html', url: 'https://aidenhiggins90.github.io/grubmarket-redesign/leadership.html' },
  { id: 'team-student-studio-cn', source: 'team-page', ...site('508lab/508lab.github.io', '655b59ca0d8dd6099c605b98618970ccef7b0a49'), path: 'team/index.html', url: 'https://508lab.github.io/team/' },
  { id: 'about-trade-fair-ch', source: 'about-page', ...site('ApptivaAG/municipal-webpage', '4b3719c2c3ef6a5b85d40d7e97bb355bc135c2cf'), path: 'ueber-uns.html', url: 'https://www.suisse-municipal.ch/ueber-uns.html' },
  { id: 'about-staffing-de', source: 'about-page', ...site('ARDA-World/Wellwork-Germany-website', 'cdaf8ec72205fc011463a5367d65d219ffc1ae36'), path: 'ueber-uns.html', url: 'https://wellwork-germany.de/ueber-uns.html', nationalPhones: true },
  // Fifth round, batch D: fetched and labelled only after batch C's rules were committed, measured once, all held out.
  { id: 'team-lab-sg', source: 'team-page', ...site('1989Ryan/NUS-LID', '974ee81046333a8b744cc2d2c4ea6045915e2739'), path: 'team/index.html', url: 'https://1989ryan.github.io/NUS-LID/team/' },
  { id: 'board-trade-association-fr', source: 'team-page', ...site('AssoAFMS/assoafms.github.io', 'a4bc0108ae65aa206e5222c05e2d156295d1ea89'), path: 'qui-sommes-nous.html', url: 'https://assoafms.github.io/qui-sommes-nous.html' },
  { id: 'team-foundation-mx', source: 'team-page', ...site('AdrianLonaFragoso/fundacion-uriel', '3168af27dbacd785c5ef2d364dade501015a347d'), path: 'quienes-somos.html', url: 'https://fundacionuriel.org/quienes-somos.html', nationalPhones: true },
  { id: 'leadership-student-club-in', source: 'team-page', ...site('AMAL-Club/AMAL-website', '5fab8632f5dc1f5a6e9ea0bcb5f94388b75e2e90'), path: 'leadership.html', url: 'https://amal-club.github.io/AMAL-website/leadership.html' },
  { id: 'about-university-research-nl', source: 'about-page', ...site('16096320/Lectoraat', 'e63dfb317b0bee174afc2ed6b1a71205b700fe40'), path: 'over-ons.html', url: 'https://16096320.github.io/Lectoraat/over-ons.html', nationalPhones: true },
  { id: 'about-podcast-it', source: 'about-page', ...site('AgoraRimini/agorarimini', 'e34c00859a2c77e41f67513898a6363cdcf29d2c'), path: 'chi-siamo.html', url: 'https://www.agorarimini.it/chi-siamo.html' },
  // Sixth round (issue 9), batch E: board, committee, management and staff pages of layouts no earlier batch had
  // (conference committees, association boards in German, Dutch and Swedish, management teams), labelled before any
  // code ran on them; every third item held out. Written with `collect.ts <id>…` (see PROVENANCE.md).
  { id: 'board-nonprofit-us', source: 'team-page', ...site('Hawaii-Appleseed/Hawaii-Appleseed-website', '48fdd782f84fb78ea94db117b08bc9ee3aa87cf8'), path: 'board-of-directors.html', url: 'https://hawaii-appleseed.github.io/Hawaii-Appleseed-website/board-of-directors.html' },
  { id: 'committee-conference-geo', source: 'team-page', ...site('3dgeoinfo2021/3dgeoinfo2021.github.io', '5e03fd4e1457406889d7e3b6e314e3664534709e'), path: 'committee.html', url: 'https://3dgeoinfo2021.github.io/committee.html' },
  { id: 'committee-workshop-ca', source: 'team-page', ...site('ASPIRE-CRC-TCA-Workshop/ASPIRE-CRC-TCA-Workshop.github.io', '8ac69572b88fd3503c1cd3be4cb8c0884a1b21f2'), path: 'committee.html', url: 'https://aspire-crc-tca-workshop.github.io/committee.html' },
  { id: 'organizers-school-bj', source: 'team-page', ...site('AI4Africa/DSS23', 'f38e84d57098b24defff510237dbc1839de2f5e8'), path: 'committee.html', url: 'https://ai4africa.github.io/DSS23/committee.html' },
  { id: 'board-association-de', source: 'team-page', ...site('Huerther-Bruecke-der-Kulturen/Huerther-Bruecke-der-Kulturen.github.io', '2520bdec84daf9937cddba61b9c17b242a529d2b'), path: 'vorstand.html', url: 'https://huerther-bruecke-der-kulturen.github.io/vorstand.html' },
  {
    id: 'board-society-at', source: 'team-page', ...site('viennabiometrics/viennabiometrics.github.io', '20aab3980d970b0cf8a653cf8e74c1bf21a1bb52'), path: 'docs/vorstand.html', url: 'https://viennabiometrics.github.io/vorstand.html',
    redact: [['elias AT berryconsultants.com', 'person-a AT example.com'], ['florian.frommlet AT meduniwien.ac.at', 'person-b AT example.org'], ['+43(1)40400-74920', '+1 202-555-0199']],
  },
  {
    id: 'board-housing-coop-se', source: 'team-page', ...site('BrfSkagagard/brfskagagard.github.io', '1957fb5ecb583d14a2222ba6d160ef083459034b'), path: 'styrelse.html', url: 'https://brfskagagard.github.io/styrelse.html',
    redact: [['Oddegatan 10', 'Exempelgatan 1'], ['Surts&#246;gatan 4', 'Exempelgatan 2']],
  },
  {
    id: 'board-association-nl', source: 'team-page', ...site('WGI-NL/WGI-NL.github.io', 'a456601d4b7e355a21c394a27309d5063ed80981'), path: 'bestuur.html', url: 'https://wgi-nl.github.io/bestuur.html',
    redact: [['emeij (at) science.uva.nl', 'person-c (at) example.net']],
  },
  { id: 'committee-conference-us', source: 'team-page', ...site('ASSETS-Conference/assets2025', '80e059927a3e27c54e100a01f87d9c2d9268c879'), path: 'organizers.html', url: 'https://assets25.sigaccess.org/organizers.html' },
  { id: 'team-tax-firm-tz', source: 'team-page', ...site('Chrisgeosonlg/andersentanzania', 'c88be217c8354a518d4f4b6603795634c69773f8'), path: 'our-people.html', url: 'https://chrisgeosonlg.github.io/andersentanzania/our-people.html' },
  { id: 'management-energy-ng', source: 'team-page', ...site('IT-Support-Savannah-EDC/savannahedc_landing_page', '010d3dcf4d75178ff8ccaab701636ac103a16976'), path: 'management-team.html', url: 'https://it-support-savannah-edc.github.io/savannahedc_landing_page/management-team.html' },
  { id: 'management-medtech-us', source: 'team-page', ...site('kimlarocca/vasculogic', '835bdb887a6c850404be3d7c6d6056264d2ccf2e'), path: 'management-team.html', url: 'https://kimlarocca.github.io/vasculogic/management-team.html' },
  { id: 'team-pharmacists-ca', source: 'team-page', ...site('info-prcom/website', '81e66359522cbc27abff106ac9c70561e4fad461'), path: 'notre-equipe.html', url: 'https://www.pharmaciensremplacants.com/notre-equipe.html' },
  { id: 'management-software-in', source: 'team-page', ...site('optimity-tech/optimity-website', '4b74f42439cd2587ae26923120e3c352d33bbaf1'), path: 'management-team.html', url: 'https://optimity-tech.github.io/optimity-website/management-team.html' },
  { id: 'team-law-firm-ie', source: 'team-page', ...site('EliMullan/Mullan-Associates', '4cb941a7ce9df4679791d61d39496f652e4148ce'), path: 'our-people.html', url: 'https://elimullan.github.io/Mullan-Associates/our-people.html', nationalPhones: true },
];

function gitShow(item: Item): string {
  const bare = join(MIRRORS, item.repo.replace('/', '+'), 'repo');
  // A mirror is a bare repository or a checkout with its .git inside.
  const gitDir = existsSync(join(bare, '.git')) ? join(bare, '.git') : bare;
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${item.commit}:${item.path}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The one template literal a .ts test-data file exports. */
function templateOf(source: string): string {
  const start = source.indexOf('`');
  const end = source.lastIndexOf('`');
  if (start < 0 || end <= start) throw new Error('no template literal');
  return source.slice(start + 1, end).replace(/\\`/g, '`').replace(/\\\$\{/g, '${');
}

/** The page a Scala test holds as `"""...""".stripMargin`: everything up to each line's first `|` is margin. */
function scalaMarginOf(source: string): string {
  const start = source.indexOf('"""');
  const end = source.lastIndexOf('"""');
  if (start < 0 || end <= start) throw new Error('no triple-quoted string');
  return source.slice(start + 3, end).split('\n').map((line) => line.replace(/^\s*\|/, '')).join('\n');
}

/** The markup an APEX region holds as `wwv_flow_string.join(wwv_flow_t_varchar2('line', unistr('…'), 'a'||'b', …))`. */
export function apexRegionOf(source: string): string {
  const open = 'wwv_flow_t_varchar2(';
  const start = source.indexOf(open);
  if (start < 0) throw new Error('no wwv_flow_t_varchar2 region');
  const lines: string[] = [];
  let line = '';
  let i = start + open.length;
  const literal = (): string => {
    let out = '';
    i++; // the opening quote
    for (;;) {
      if (i >= source.length) throw new Error('unterminated SQL string');
      const ch = source[i]!;
      if (ch === "'" && source[i + 1] === "'") {
        out += "'";
        i += 2;
      } else if (ch === "'") {
        i++;
        return out;
      } else {
        out += ch;
        i++;
      }
    }
  };
  for (;;) {
    while (/\s/.test(source[i] ?? '')) i++;
    if (source[i] === "'") line += literal();
    else if (source.startsWith('unistr(', i)) {
      i += 'unistr('.length;
      line += literal().replace(/\\([0-9A-Fa-f]{4})/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      i = source.indexOf(')', i) + 1;
    } else if (source.startsWith('||', i)) i += 2;
    else if (source[i] === ',') {
      lines.push(line);
      line = '';
      i++;
    } else if (source[i] === ')') {
      lines.push(line);
      return lines.join('\n');
    } else throw new Error(`unexpected ${JSON.stringify(source.slice(i, i + 20))} in the APEX region`);
  }
}

/** The triple-quoted string assigned to `variable` in a Python file. */
export function pythonTripleOf(source: string, variable: string): string {
  const match = new RegExp(`\\b${variable}\\s*=\\s*("""|''')`).exec(source);
  if (!match) throw new Error(`no ${variable} = """…""" in the file`);
  const start = match.index + match[0].length;
  const end = source.indexOf(match[1]!, start);
  if (end < 0) throw new Error('unterminated triple-quoted string');
  return source.slice(start, end);
}

/** Drops what extraction never reads: non-JSON script bodies, style sheets, inline SVG drawings. */
export function shrink(html: string): string {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (whole, attrs: string) => (/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs) ? whole : `<script${attrs}></script>`))
    .replace(/<style\b([^>]*)>[\s\S]*?<\/style>/gi, '<style$1></style>')
    .replace(/<svg\b([^>]*)>[\s\S]*?<\/svg>/gi, '<svg$1></svg>');
}

const KEEP_EMAIL_DOMAIN = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/i;
const FILE_SUFFIX = /\.(png|jpe?g|gif|svg|webp|js|css|woff2?|ico)$/i;

/** Replaces e-mail addresses and phone numbers with reserved example values, the same value for the same input. */
export function anonymize(html: string, emails: Map<string, string>, phones: Map<string, string>): string {
  let out = html.replace(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g, (email) => {
    const domain = email.split('@')[1]!;
    if (KEEP_EMAIL_DOMAIN.test(domain) || FILE_SUFFIX.test(email)) return email;
    const key = email.toLowerCase();
    if (!emails.has(key)) emails.set(key, `person${emails.size + 1}@example.com`);
    return emails.get(key)!;
  });
  out = out.replace(/(tel:|>\s*)(\+\d[\d ().-]{7,18}\d)/g, (_all, lead: string, phone: string) => {
    if (!phones.has(phone)) phones.set(phone, `+1 202-555-01${String(phones.size + 10).padStart(2, '0')}`);
    return lead + phones.get(phone)!;
  });
  return out;
}

/**
 * National-format numbers (no +country code): every tel: link's number, and in text groups such as "(717) 555-0123",
 * "074-512738", "943 633 933" or "55 5885 1426" (Mexico City). Used only for pages known to print them; dates and years do not match (no 4-digit
 * lead group, at least 8 digits).
 */
export function anonymizeNationalPhones(html: string, phones: Map<string, string>): string {
  const replace = (phone: string) => {
    if (/202-555-01\d\d/.test(phone) || phone.replace(/\D/g, '').length < 8) return phone;
    // The tel: link (+17175550123, replaced already) and the text beside it ("(717) 555-0123") are one number.
    const digits = phone.replace(/\D/g, '');
    const key = [...phones.keys()].find((known) => known.replace(/\D/g, '').endsWith(digits)) ?? digits;
    if (!phones.has(key)) phones.set(key, `+1 202-555-01${String(phones.size + 10).padStart(2, '0')}`);
    return phones.get(key)!;
  };
  return html
    .replace(/(tel:)([^"'>\s]+)/gi, (_all, lead: string, phone: string) => lead + replace(decodeURIComponent(phone)))
    .replace(/(wa\.me\/|api\.whatsapp\.com\/send\?phone=)(\d{8,15})/gi, (_all, lead: string, phone: string) => lead + replace(phone).replace(/\D/g, ''))
    .replace(/(?<![\w+\/.-])(\(\d{2,3}\)\s?\d{3}[ .-]\d{4}|\d{2,3}[ .-]\d{3}[ .-]?\d{3,4}|\d{3}-\d{6}|\d{2} \d{4} \d{4})(?![\w-])/g, (phone) => replace(phone));
}

type IndexEntry = Omit<Item, 'kind' | 'variable' | 'nationalPhones' | 'redact'> & { bytes: number; labelled: boolean };

/**
 * `collect.ts` rebuilds every page; `collect.ts <id>…` only the pages named, keeping the other pages and their entries
 * in index.json as they are (a full run numbers replaced addresses across all pages, so it rewrites earlier pages too).
 */
function main(only: string[]): void {
  mkdirSync(OUT, { recursive: true });
  const emails = new Map<string, string>();
  const phones = new Map<string, string>();
  const unknown = only.filter((id) => !ITEMS.some((item) => item.id === id));
  if (unknown.length) throw new Error(`no such item: ${unknown.join(', ')}`);
  const indexPath = join(OUT, 'index.json');
  const index: IndexEntry[] = only.length && existsSync(indexPath) ? (JSON.parse(readFileSync(indexPath, 'utf8')) as IndexEntry[]).filter((entry) => !only.includes(entry.id)) : [];
  for (const item of ITEMS.filter((it) => !only.length || only.includes(it.id))) {
    let html: string;
    try {
      const raw = gitShow(item);
      html = item.kind === 'ts-template' ? templateOf(raw)
        : item.kind === 'scala-margin' ? scalaMarginOf(raw)
        : item.kind === 'apex-plsql' ? apexRegionOf(raw)
        : item.kind === 'python-triple' ? pythonTripleOf(raw, item.variable ?? '')
        : raw;
    } catch (err) {
      console.error(`skip ${item.id}: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    for (const [from, to] of item.redact ?? []) {
      if (!html.includes(from)) throw new Error(`${item.id}: nothing to redact matches ${JSON.stringify(from)}`);
      html = html.split(from).join(to);
    }
    html = anonymize(shrink(html), emails, phones);
    if (item.nationalPhones) html = anonymizeNationalPhones(html, phones);
    writeFileSync(join(OUT, `${item.id}.html`), html);
    const labelled = existsSync(join(OUT, `${item.id}.expected.json`));
    const { kind: _kind, variable: _variable, nationalPhones: _nationalPhones, redact: _redact, ...rest } = item;
    index.push({ ...rest, bytes: html.length, labelled });
  }
  const order = new Map(ITEMS.map((item, i) => [item.id, i]));
  index.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  writeFileSync(indexPath, `${JSON.stringify(index, null, 2)}\n`);
  console.log(`${index.length} pages written to ${OUT} (${emails.size} e-mail addresses and ${phones.size} phone numbers replaced); ${index.filter((i) => !i.labelled).length} without labels`);
}

if (process.argv[1] && /collect\.ts$/.test(process.argv[1])) main(process.argv.slice(2));

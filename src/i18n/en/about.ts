import type { about as sv } from '../sv/about';

export const about: Record<keyof typeof sv, string> = {
  'app.nav.about': 'About the app',
  'about.title': 'About LIS-stegen',
  'about.intro':
    'LIS-stegen is a web app that runs entirely in your browser. Here you can see which version you are using, which third-party code the app contains, and what the app stores.',
  'about.versions': 'Version',
  'about.appVersion': 'App version',
  'about.questionnaireVersion': 'Question bank version',
  'about.buildDate': 'Built',
  'about.loadingVersion': 'loading …',
  'about.privacy': 'What the app stores, where, and how to remove it',
  'about.privacy.intro':
    'This section is written for the municipality’s data protection officer and information security coordinator.',
  'about.privacy.whereHeading': 'Where the data is',
  'about.privacy.where':
    'Everything you write is stored in the browser’s own database (IndexedDB, named “lis-stegen”) on this computer and in this browser profile. Nothing is sent to any server, not even to the server that delivers the app. The app uses no cookies, no analytics and no external services.',
  'about.privacy.whatHeading': 'What is stored',
  'about.privacy.what.assessments':
    'Assessments: the municipality’s name, what the assessment covers, who took part, dates and target levels.',
  'about.privacy.what.answers': 'Answers: the level for each question, reasons and notes.',
  'about.privacy.what.plan': 'Action plan: actions with owner, dates, status and notes.',
  'about.privacy.what.settings':
    'Settings: the chosen language, which messages you have closed and which version you last saw.',
  'about.privacy.what.cache':
    'The app’s own files are kept in the browser’s cache so that the app works without a network. They hold nothing about you.',
  'about.privacy.personalHeading': 'Personal data',
  'about.privacy.personal':
    'The fields for participants, owners and notes are free text and may contain names. Do not write sensitive personal data or security-classified information in the app. The municipality is the controller for what is written. The web server that delivers the app only logs ordinary requests for files, as for any web page.',
  'about.privacy.filesHeading': 'Files you save',
  'about.privacy.files':
    'When you save a share file, a PDF or a spreadsheet, it goes where you choose. From then on the municipality’s usual rules for documents apply to it. A share file can be encrypted with a password.',
  'about.privacy.removeHeading': 'How to remove the data',
  'about.privacy.removeOne':
    'One assessment: choose “Delete” next to it on the start page. Its answers and action plan go with it.',
  'about.privacy.removeAll':
    'Everything: clear the site data for this address in the browser’s privacy settings (often called “cookies and site data”). All assessments, settings and the app’s stored files then disappear from this browser. Other browsers and computers are not affected.',
  'about.privacy.cleared':
    'The browser may clear the data by itself when the disk fills up, unless it has promised to keep it. So save the assessment as a file now and then.',
  'about.licences': 'Third-party code and licences',
  'about.licences.intro':
    'The app contains these open-source packages. The list is made when the app is built, from the code actually included.',
  'about.licences.caption': 'Packages in the app',
  'about.licences.name': 'Package',
  'about.licences.version': 'Version',
  'about.licences.licence': 'Licence',
  'about.licences.fullText': 'All licence texts (text file)',
  'about.licences.unavailable':
    'The licence list exists only in the built app. Run npm run build and open the app from there.',
};

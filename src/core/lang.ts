/** Language of messages and reports: Chinese (default) or English. */
export type Lang = 'zh' | 'en';

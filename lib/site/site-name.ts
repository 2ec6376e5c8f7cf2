/** The site's name, used in the header and in every page title. */
export const SITE_NAME = '社会治理法规知识库';

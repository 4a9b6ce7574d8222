/* eslint-disable */
// Builds the task pane (also the standalone browser mode) into dist/.
// Settings: ADDIN_URL — where dist/ is hosted (replaces https://localhost:3000/ in the copied manifest);
// OFFICE_JS_URL — office.js CDN. Default: the global Microsoft CDN. For China-operated Office 365
// (21Vianet) set it to the 21Vianet CDN copy of office.js; users in China may find the global CDN slow.
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_URL = process.env.OFFICE_JS_URL || 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Dev certificates installed by `npx office-addin-dev-certs install` (npm start), when present. */
function devHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return 'https';
  return {
    type: 'https',
    options: { key: fs.readFileSync(files[0]), cert: fs.readFileSync(files[1]), ca: fs.readFileSync(files[2]) },
  };
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const url = (process.env.ADDIN_URL || DEV_URL).replace(/\/?$/, '/');
  return {
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
    devtool: production ? false : 'source-map',
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJsUrl: OFFICE_JS_URL },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/samples/*.xlsx', to: 'assets/samples/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: devHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
};

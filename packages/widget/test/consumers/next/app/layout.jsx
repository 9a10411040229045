// No favicon request (a 404 would be a console error the test counts).
export const metadata = { title: 'A post with an AI training verdict', icons: 'data:,' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

import { render } from 'preact';
import { ProfilePage } from './ProfilePage';
import '../ui/theme.css';
import '../ui/details.css';
import './profile.css';

render(<ProfilePage />, document.getElementById('app')!);
